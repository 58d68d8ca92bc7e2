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
    void aWindows1252ByteAfterValidUtf8MakesTheFileWindows1252() throws Exception {
        assertThat(detect(ascii(100_000), "Caf\u00e9 ".getBytes(StandardCharsets.UTF_8), ascii(70_000),
                new byte[] {(byte) 0x96}, ascii(10))).isEqualTo("Windows-1252");
        assertThat(detect(ascii(300_000), new byte[] {(byte) 0xE9}, ascii(10))).isEqualTo("Windows-1252");
    }

    @Test
    void aSequenceCutOffAtTheEndIsNotUtf8() throws Exception {
        assertThat(detect(ascii(90_000), new byte[] {(byte) 0xE2, (byte) 0x82})).isEqualTo("Windows-1252");
    }

    private String detect(byte[]... parts) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.write(part);
        }
        Path file = dir.resolve("export.csv");
        Files.write(file, out.toByteArray());
        return TextEncoding.detect(file).displayName();
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
