package org.civicthemes.io.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.civicthemes.model.ImportOptions;
import org.civicthemes.model.ImportResult;
import org.civicthemes.model.ImportWarning;
import org.civicthemes.model.ServiceRequest;
import org.civicthemes.progress.CancellationToken;
import org.civicthemes.progress.ProgressListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 14, items 2 and 3: a few bad bytes or stray control characters cost only themselves, named by row. */
class DirtyTextImportTest {

    @TempDir
    Path dir;

    private ImportResult read(Path file) throws ImportException {
        return new SpreadsheetImporter().importFile(file, ImportOptions.DETECT_ALL, ProgressListener.NONE,
                CancellationToken.NEVER);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static List<ImportWarning> warnings(ImportResult result, String kind) {
        return result.report().warnings().stream().filter(w -> w.kind().equals(kind)).toList();
    }

    @Test
    void aUtf8FileWithAFewInvalidBytesIsReadAsUtf8AndTheRowsAreNamed() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(utf8("Created Date,Description\n"
                + "2024-03-05 10:00,Caf\u00e9 on Pe\u00f1a has graffiti on the wall\n"
                + "2024-03-06 10:00,Broken bench near the caf\u00e9 "));
        bytes.writeBytes(new byte[] {(byte) 0x96, (byte) 0xFF});
        bytes.writeBytes(utf8(" please fix\n"
                + "2024-03-07 10:00,Se\u00f1al de tr\u00e1fico ca\u00edda en la esquina\n"));
        Path file = Files.write(dir.resolve("mostly-utf8.csv"), bytes.toByteArray());

        ImportResult result = read(file);

        assertThat(result.report().source().encoding()).isEqualTo("UTF-8");
        assertThat(result.dataset().requests()).extracting(ServiceRequest::text).containsExactly(
                "Caf\u00e9 on Pe\u00f1a has graffiti on the wall",
                "Broken bench near the caf\u00e9 \uFFFD\uFFFD please fix",
                "Se\u00f1al de tr\u00e1fico ca\u00edda en la esquina");
        assertThat(warnings(result, "undecodable-bytes")).singleElement().satisfies(w -> {
            assertThat(w.row()).isEqualTo(3);
            assertThat(w.column()).isEqualTo("Description");
        });
        assertThat(result.report().notes()).anyMatch(n -> n.startsWith("2 byte sequences of this UTF-8 file are not "
                + "valid UTF-8"));
    }

    @Test
    void aNulOrOtherControlByteInsideATextIsDroppedAndTheRowNamed() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(utf8("Created Date,Description\n2024-03-05 10:00,Pothole on Elm street near the school\n"
                + "2024-03-06 10:00,Streetlight"));
        bytes.writeBytes(new byte[] {0x00});
        bytes.writeBytes(utf8(" out on Main\u0007 street\n2024-03-07 10:00,\"Tagging\u000B on the library\"\n"));
        Path file = Files.write(dir.resolve("with-nul.csv"), bytes.toByteArray());

        ImportResult result = read(file);

        assertThat(result.dataset().requests()).extracting(ServiceRequest::text).containsExactly(
                "Pothole on Elm street near the school", "Streetlight out on Main street", "Tagging on the library");
        assertThat(warnings(result, "control-characters")).extracting(ImportWarning::row).containsExactly(3, 4);
        assertThat(warnings(result, "control-characters").get(0).column()).isEqualTo("Description");
        assertThat(result.report().rowsImported()).isEqualTo(3);
    }
}
