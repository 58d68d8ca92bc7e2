package org.civicthemes.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.civicthemes.model.ImportOptions;
import org.civicthemes.model.ImportResult;
import org.civicthemes.model.ServiceRequest;
import org.civicthemes.progress.CancellationToken;
import org.civicthemes.progress.ProgressListener;
import org.civicthemes.workflow.BadInputException;
import org.civicthemes.workflow.ImportService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An export imported on an executor from another file system gives what the desktop gives from the local file. */
class FileImportTest {

    @TempDir
    Path folder;
    String exports;

    private final Configuration hadoop = new Configuration();

    @BeforeEach
    void exports() throws Exception {
        Files.writeString(folder.resolve("c.csv"), String.join("\n",
                "Description,Created,Category,District",
                "Streetlight out on Main St,2024-03-01,Streetlights,North",
                "",
                "Pothole in front of the school,2024-03-02,Streets,South",
                ",2024-03-03,Streets,South",
                "Trash not picked up again,not a date,Sanitation,East", ""), StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("empty.csv"), "");
        exports = ViewFsMount.mount(hadoop, "fileimport", folder);
    }

    @Test
    void anExportOnAnotherFileSystemIsImportedAsTheDesktopImportsTheLocalFile() throws Exception {
        ImportResult desktop = new ImportService().importFile(folder.resolve("c.csv"), ImportOptions.DETECT_ALL,
                ProgressListener.NONE, CancellationToken.NEVER);

        ImportResult remote = FileImport.importExport(export(exports + "/c.csv"), hadoop, ImportOptions.DETECT_ALL);

        assertThat(remote.report().rowsRead()).isEqualTo(desktop.report().rowsRead()).isEqualTo(5);
        assertThat(remote.report().rowsImported()).isEqualTo(desktop.report().rowsImported()).isEqualTo(4);
        assertThat(remote.report().skipped()).isEqualTo(desktop.report().skipped()).hasSize(1);
        assertThat(remote.report().dateless()).isEqualTo(desktop.report().dateless()).isEqualTo(1);
        assertThat(remote.report().source().fileName()).isEqualTo("c.csv");
        assertThat(remote.report().source().sha256()).isEqualTo(desktop.report().source().sha256()).isNotEmpty();
        assertThat(fields(remote)).isEqualTo(fields(desktop)).hasSize(4);
    }

    @Test
    void aLocalExportIsReadInPlace() throws Exception {
        ImportResult local = FileImport.importExport(new ExportFile(folder.resolve("c.csv").toString(),
                "file:" + folder.resolve("c.csv"), false), hadoop, ImportOptions.DETECT_ALL);

        assertThat(local.report().source().path()).isEqualTo(folder.resolve("c.csv").toString());
        assertThat(local.report().rowsImported()).isEqualTo(4);
    }

    @Test
    void aRefusedRemoteExportIsNamedAsTheAnalystGaveItNeverByItsTemporaryCopy() {
        assertThatThrownBy(() -> FileImport.importExport(export(exports + "/empty.csv"), hadoop,
                ImportOptions.DETECT_ALL))
                .isInstanceOf(BadInputException.class)
                .hasMessage("empty.csv is empty (0 bytes). Export the requests again and open the new file.");
        assertThatThrownBy(() -> FileImport.importExport(export(exports + "/gone.csv"), hadoop,
                ImportOptions.DETECT_ALL))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith(exports + "/gone.csv could not be copied from its file system to this "
                        + "machine (")
                .hasMessageEndingWith("); check that it is still there and that the cluster may read it.")
                .message().doesNotContain("civicthemes-export-");
    }

    private static ExportFile export(String uri) {
        return new ExportFile(uri, uri, false);
    }

    private static List<String> fields(ImportResult result) {
        return result.dataset().requests().stream().map(FileImportTest::fieldsOf).toList();
    }

    private static String fieldsOf(ServiceRequest r) {
        return r.sourceRow() + "|" + r.text() + "|" + r.created() + "|" + r.category() + "|" + r.district();
    }
}
