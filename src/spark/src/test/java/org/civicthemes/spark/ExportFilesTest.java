package org.civicthemes.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportFilesTest {

    @TempDir
    Path folder;

    @BeforeEach
    void exports() throws Exception {
        for (String name : List.of("2025-01.csv", "2025-02.csv", "2024-12.xlsx", "notes.md", "old.CSV")) {
            Files.writeString(folder.resolve(name), "x");
        }
        Files.createDirectory(folder.resolve("archive"));
        Files.writeString(folder.resolve("archive").resolve("2023-01.csv"), "x");
    }

    @Test
    void aFolderGivesItsExportsInNameOrderWithoutItsSubFolders() throws Exception {
        assertThat(names(ExportFiles.expand(List.of(folder.toString()))))
                .containsExactly("2024-12.xlsx", "2025-01.csv", "2025-02.csv", "old.CSV");
    }

    @Test
    void aPatternGivesTheFilesItMatchesAndAFileNamedTwiceIsReadOnce() throws Exception {
        assertThat(names(ExportFiles.expand(List.of(folder.resolve("2025-*.csv").toString(),
                folder.resolve("2025-01.csv").toString())))).containsExactly("2025-01.csv", "2025-02.csv");
    }

    @Test
    void aFolderOfParquetPartFilesIsOneExportAndAsASubFolderIsListedWithTheFiles() throws Exception {
        Path table = Files.createDirectory(folder.resolve("2025-03.parquet"));
        Files.writeString(table.resolve("part-00000-a.snappy.parquet"), "x");
        Files.writeString(table.resolve("part-00001-a.snappy.parquet"), "x");
        Files.writeString(table.resolve("_SUCCESS"), "");
        Files.writeString(folder.resolve("2025-04.parquet"), "x");

        assertThat(names(ExportFiles.expand(List.of(table.toString())))).containsExactly("2025-03.parquet");
        assertThat(names(ExportFiles.expand(List.of(folder.resolve("2025-0*").toString()))))
                .containsExactly("2025-01.csv", "2025-02.csv", "2025-03.parquet", "2025-04.parquet");
        assertThat(ExportFiles.isParquet(table.toString())).isTrue();
        assertThat(ExportFiles.isParquet(folder.resolve("2025-01.csv").toString())).isFalse();
    }

    @Test
    void anArgumentThatNamesNothingIsRefusedWithWhatToGive() {
        assertThatThrownBy(() -> ExportFiles.expand(List.of(folder.resolve("2026-*.csv").toString())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("No export found at " + folder.resolve("2026-*.csv"))
                .hasMessageContaining("a pattern such as exports/*.csv");
    }

    private static List<String> names(List<String> files) {
        return files.stream().map(f -> Path.of(f).getFileName().toString()).toList();
    }
}
