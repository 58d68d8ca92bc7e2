package org.civicthemes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue 15, item 2: {@code civic-themes FILE} opens the workbench on the file; commands and options stay commands. */
class WorkbenchFileTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "riverton-311-requests.xlsx",
        "old export.XLS",
        "/data/newport 2024.csv",
        "requests.tsv",
        "requests.txt",
        "My work.civicthemes",
        "C:\\Users\\ana\\Downloads\\311.CSV"})
    void oneExportOrProjectFileOpensInTheWorkbench(String file) {
        assertThat(WorkbenchFile.of(file)).contains(file);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "analyze",
        "--help",
        "-V",
        "report.pdf",
        "help"})
    void aCommandAnOptionOrAnotherKindOfFileIsNot(String argument) {
        assertThat(WorkbenchFile.of(argument)).isEmpty();
    }

    @Test
    void theResultsFolderOfASparkRunOpensInTheWorkbench(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        assertThat(WorkbenchFile.of(dir.toString())).isEmpty();
        java.nio.file.Files.writeString(dir.resolve("themes.json"), "{}");
        assertThat(WorkbenchFile.of(dir.toString())).contains(dir.toString());
    }

    @Test
    void aFileWithMoreArgumentsIsACommandLine() {
        assertThat(WorkbenchFile.of("analyze", "x.csv")).isEmpty();
        assertThat(WorkbenchFile.of("x.csv", "--out", "dir")).isEmpty();
        assertThat(WorkbenchFile.of()).isEmpty();
    }

    @Test
    void anythingElseAloneIsStillRefusedByTheCommandLine() {
        StringWriter err = new StringWriter();
        int code = CivicThemesCli.run(new PrintWriter(new StringWriter()), new PrintWriter(err, true), "report.pdf");
        assertThat(code).isEqualTo(CivicThemesCli.BAD_INPUT);
        assertThat(err.toString()).contains("Unmatched argument");
    }
}
