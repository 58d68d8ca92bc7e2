package org.civicthemes.io.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole-file check that tells UTF-8 from Windows-1252 when the first 8 KB are plain ASCII. */
class TextEncodingTest {

    @TempDir
    Path dir;

    @Test
    void plainAsciiIsUtf8() throws Exception {
        assertThat(detect(ascii(200_000))).isEqualTo("UTF-8");
    }

    @Test
    void accentsFarIntoTheFileKeepItUtf8() throws Exception {
        assertThat(detect(ascii(100_000), "Caf\u00e9 \u2013 ma\u00f1ana\n".getBytes(StandardCharsets.UTF_8), ascii(1000)))
                .isEqualTo("UTF-8");
    }

    @Test
    void aCharacterSplitAcrossTheScanBuffersIsStillUtf8() throws Exception {
        byte[] euro = "\u20ac".getBytes(StandardCharsets.UTF_8); // three bytes
        for (int before = (1 << 16) - 3; before <= (1 << 16); before++) {
            assertThat(detect(ascii(before), euro, ascii(10))).as("after %d bytes", before).isEqualTo("UTF-8");
        }
    }

    @Test
    void aWindows1252ByteWithoutAnyValidUtf8MakesTheFileWindows1252() throws Exception {
        assertThat(detect(ascii(300_000), new byte[] {(byte) 0xE9}, ascii(10))).isEqualTo("Windows-1252");
        assertThat(detect(ascii(1000), "Caf\u00e9 ".getBytes(TextEncoding.WINDOWS_1252), ascii(10),
                "Pe\u00f1a".getBytes(TextEncoding.WINDOWS_1252))).isEqualTo("Windows-1252");
    }

    /** Issue 14, item 2: one bad byte no longer decides the encoding of a whole UTF-8 file. */
    @Test
    void aFewInvalidBytesAmongValidUtf8KeepTheFileUtf8AndAreCounted() throws Exception {
        Path file = write(ascii(100_000), "Caf\u00e9 ".getBytes(StandardCharsets.UTF_8), ascii(70_000),
                new byte[] {(byte) 0x96}, ascii(10), "Pe\u00f1a \u2013 ma\u00f1ana".getBytes(StandardCharsets.UTF_8),
                new byte[] {(byte) 0xFF, (byte) 0xFE}, ascii(10));
        TextEncoding encoding = TextEncoding.detect(file);
        assertThat(encoding.displayName()).isEqualTo("UTF-8");
        assertThat(encoding.replaced()).isEqualTo(3);
    }

    @Test
    void invalidBytesThatOutnumberValidCharactersMakeTheFileWindows1252() throws Exception {
        assertThat(detect(ascii(1000), "Caf\u00e9 ".getBytes(StandardCharsets.UTF_8), ascii(10),
                new byte[] {(byte) 0xE9, 0x20, (byte) 0xF1, 0x20, (byte) 0x96})).isEqualTo("Windows-1252");
    }

    @Test
    void aSequenceCutOffAtTheEndIsNotUtf8() throws Exception {
        assertThat(detect(ascii(90_000), new byte[] {(byte) 0xE2, (byte) 0x82})).isEqualTo("Windows-1252");
    }

    private String detect(byte[]... parts) throws Exception {
        return TextEncoding.detect(write(parts)).displayName();
    }

    private Path write(byte[]... parts) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.write(part);
        }
        return Files.write(dir.resolve("export.csv"), out.toByteArray());
    }

    private static byte[] ascii(int length) {
        byte[] b = new byte[length];
        String line = "RIV-1,2024-03-05,Noise,loud music at night,District 1\n";
        for (int i = 0; i < length; i++) {
            b[i] = (byte) line.charAt(i % line.length());
        }
        return b;
    }
}
