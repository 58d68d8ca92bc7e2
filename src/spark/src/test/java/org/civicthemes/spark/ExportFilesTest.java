package org.civicthemes.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportFilesTest {

    @TempDir
    Path folder;

    /** Hadoop's defaults, as in local mode: the default file system is the local disk. */
    private final Configuration hadoop = new Configuration();

    @BeforeEach
    void exports() throws Exception {
        for (String name : List.of("2025-01.csv", "2025-02.csv", "2024-12.xlsx", "notes.md", "old.CSV")) {
            Files.writeString(folder.resolve(name), "x");
        }
        Files.createDirectory(folder.resolve("archive"));
        Files.writeString(folder.resolve("archive").resolve("2023-01.csv"), "x");
    }

    @Test
    void aFolderGivesItsExportsInNameOrderWithoutItsSubFolders() {
        List<ExportFile> found = expand(folder.toString());

        assertThat(names(found)).containsExactly("2024-12.xlsx", "2025-01.csv", "2025-02.csv", "old.CSV");
        assertThat(found.get(1).name()).isEqualTo(folder.resolve("2025-01.csv").toString());
        assertThat(found.get(1).location()).isEqualTo("file:" + folder.resolve("2025-01.csv"));
        assertThat(found).noneMatch(ExportFile::parquet);
    }

    @Test
    void aPatternGivesTheFilesItMatchesAndAFileNamedTwiceIsReadOnce() {
        assertThat(names(expand(folder.resolve("2025-*.csv").toString(), folder.resolve("2025-01.csv").toString())))
                .containsExactly("2025-01.csv", "2025-02.csv");
    }

    @Test
    void aFolderOfParquetPartFilesIsOneExportAndAsASubFolderIsListedWithTheFiles() throws Exception {
        Path table = parquetTable();

        assertThat(names(expand(table.toString()))).containsExactly("2025-03.parquet");
        List<ExportFile> matched = expand(folder.resolve("2025-0*").toString());
        assertThat(names(matched)).containsExactly("2025-01.csv", "2025-02.csv", "2025-03.parquet", "2025-04.parquet");
        assertThat(matched.stream().map(ExportFile::parquet)).containsExactly(false, false, true, true);
    }

    @Test
    void anArgumentThatNamesNothingIsRefusedWithWhatToGive() {
        assertThatThrownBy(() -> expand(folder.resolve("2026-*.csv").toString()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("No export found at " + folder.resolve("2026-*.csv"))
                .hasMessageContaining("a pattern such as exports/*.csv");
        assertThatThrownBy(() -> expand("file://" + folder.resolve("2026-01.csv")))
                .hasMessageStartingWith("No export found at file://" + folder.resolve("2026-01.csv") + ": give a ");
    }

    @Test
    void fileUrisAndARelativePathFindTheSameExportsAsPlainPaths() throws Exception {
        parquetTable();
        String uri = "file://" + folder;
        String relative = Path.of("").toAbsolutePath().relativize(folder).toString();

        assertThat(relative).doesNotStartWith("/");
        assertThat(expand(uri)).isEqualTo(expand(folder.toString())).isEqualTo(expand(relative)).hasSize(6);
        assertThat(expand(uri + "/2025-*.csv")).isEqualTo(expand(folder.resolve("2025-*.csv").toString()))
                .hasSize(2);
        assertThat(expand(uri + "/2025-03.parquet")).isEqualTo(expand(folder.resolve("2025-03.parquet").toString()))
                .singleElement().matches(ExportFile::parquet);
        assertThat(expand(relative + "/2025-0?.csv", uri + "/2025-01.csv")).hasSize(2);
    }

    @Test
    void onAnotherFileSystemExportsAreFoundThroughHadoopAndNamedByTheirFullUri() throws Exception {
        parquetTable();
        String exports = ViewFsMount.mount(hadoop, "exportfiles", folder);

        List<ExportFile> found = expand(exports);
        assertThat(found.stream().map(ExportFile::name)).containsExactly(exports + "/2024-12.xlsx",
                exports + "/2025-01.csv", exports + "/2025-02.csv", exports + "/2025-03.parquet",
                exports + "/2025-04.parquet", exports + "/old.CSV");
        assertThat(found.stream().map(ExportFile::location)).isEqualTo(found.stream().map(ExportFile::name).toList());
        assertThat(found.stream().filter(ExportFile::parquet).map(ExportFile::name))
                .containsExactly(exports + "/2025-03.parquet", exports + "/2025-04.parquet");
        assertThat(names(expand(exports + "/2025-0?.csv", exports + "/2025-03.parquet")))
                .containsExactly("2025-01.csv", "2025-02.csv", "2025-03.parquet");
        assertThat(names(expand(exports + "/archive"))).containsExactly("2023-01.csv");
        assertThatThrownBy(() -> expand(exports + "/2026-*.csv"))
                .hasMessageStartingWith("No export found at " + exports + "/2026-*.csv: give a ");
    }

    @Test
    void aSchemeNoFileSystemHandlesIsOneSentenceSayingWhatToGive() {
        assertThatThrownBy(() -> expand("nosuchfs://bucket/311/2025-01.csv"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("No file system here handles nosuchfs://bucket/311/2025-01.csv (No FileSystem for scheme "
                        + "\"nosuchfs\"): give a local path, or a URI of a file system Spark has a connector for "
                        + "(hdfs://, s3a:// with hadoop-aws, abfss://, gs://).");
        // as s3a:// without hadoop-aws: Hadoop's defaults name a connector class that is not on the class path
        hadoop.set("fs.missing.impl", "org.example.MissingFileSystem");
        assertThatThrownBy(() -> expand("missing://bucket/311/*.csv"))
                .hasMessage("No file system here handles missing://bucket/311/*.csv (java.lang.ClassNotFoundException:"
                        + " Class org.example.MissingFileSystem not found): give a local path, or a URI of a file"
                        + " system Spark has a connector for (hdfs://, s3a:// with hadoop-aws, abfss://, gs://).");
    }

    private List<ExportFile> expand(String... inputs) {
        return ExportFiles.expand(List.of(inputs), hadoop);
    }

    /** A folder of part files as Spark writes a table, and a single .parquet file beside it. */
    private Path parquetTable() throws Exception {
        Path table = Files.createDirectory(folder.resolve("2025-03.parquet"));
        Files.writeString(table.resolve("part-00000-a.snappy.parquet"), "x");
        Files.writeString(table.resolve("part-00001-a.snappy.parquet"), "x");
        Files.writeString(table.resolve("_SUCCESS"), "");
        Files.writeString(folder.resolve("2025-04.parquet"), "x");
        return table;
    }

    private static List<String> names(List<ExportFile> files) {
        return files.stream().map(f -> f.name().substring(f.name().lastIndexOf('/') + 1)).toList();
    }
}
