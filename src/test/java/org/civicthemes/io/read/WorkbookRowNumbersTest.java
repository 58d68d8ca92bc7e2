package org.civicthemes.io.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import org.civicthemes.model.ImportOptions;
import org.civicthemes.model.ImportResult;
import org.civicthemes.model.ServiceRequest;
import org.civicthemes.model.SkippedRow;
import org.civicthemes.progress.CancellationToken;
import org.civicthemes.progress.ProgressListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14, item 5: rows listed out of order were counted twice (rowsRead 599 for 301 rows), and a reference beyond
 * Excel's limits ended in a bare "For input string" message.
 */
class WorkbookRowNumbersTest {

    @TempDir
    Path dir;

    private Path workbookWithRows(String name, String rows) throws Exception {
        Path plain = Workbooks.xlsx().sheet("Requests")
                .row(1, "Created Date", "Description")
                .row(2, LocalDateTime.of(2024, 5, 1, 9, 0), "Tagging on the wall of the library")
                .writeTo(dir.resolve("plain-" + name));
        String xml = "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Created Date</t></is></c>"
                + "<c r=\"B1\" t=\"inlineStr\"><is><t>Description</t></is></c></row>" + rows
                + "</sheetData></worksheet>";
        return Workbooks.replaceSheetXml(plain, dir.resolve(name), xml.getBytes(StandardCharsets.UTF_8));
    }

    private static String row(String r, String text) {
        return "<row r=\"" + r + "\"><c r=\"A" + r + "\" t=\"inlineStr\"><is><t>2024-05-0" + (r.length() == 1 ? r : "1")
                + "</t></is></c><c r=\"B" + r + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c></row>";
    }

    private ImportResult read(Path file) throws ImportException {
        return new SpreadsheetImporter().importFile(file, ImportOptions.DETECT_ALL, ProgressListener.NONE,
                CancellationToken.NEVER);
    }

    @Test
    void rowsListedOutOfOrderAreCountedOnceAndImportedInRowOrder() throws Exception {
        Path file = workbookWithRows("shuffled.xlsx", row("2", "Pothole on Elm street") + row("7", "Graffiti on the wall")
                + row("3", "Streetlight out on Main") + row("5", "Missed trash pickup on Oak")
                + row("4", "Noise from construction at night"));

        ImportResult result = read(file);

        assertThat(result.report().rowsRead()).isEqualTo(6);
        assertThat(result.report().rowsImported()).isEqualTo(5);
        assertThat(result.report().skipped()).containsExactly(new SkippedRow(6, "blank line"));
        assertThat(result.dataset().requests()).extracting(ServiceRequest::sourceRow).containsExactly(2, 3, 4, 5, 7);
        assertThat(result.report().warnings()).isEmpty();
    }

    @Test
    void aRowListedTwiceIsKeptAndNamed() throws Exception {
        Path file = workbookWithRows("twice.xlsx", row("2", "Pothole on Elm street") + row("3", "Graffiti on the wall")
                + row("2", "Streetlight out on Main"));

        ImportResult result = read(file);

        assertThat(result.report().rowsImported()).isEqualTo(3);
        assertThat(result.report().warnings()).singleElement().satisfies(w -> {
            assertThat(w.kind()).isEqualTo("repeated-row");
            assertThat(w.row()).isEqualTo(2);
        });
    }

    @Test
    void aRowNumberBeyondExcelsLimitsIsRefusedInOneSentence() throws Exception {
        Path file = workbookWithRows("huge-row.xlsx", row("2", "Pothole on Elm street")
                + row("99999999999", "Graffiti on the wall"));

        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> read(file));

        assertThat(thrown).isInstanceOf(ImportException.class).hasMessage("The workbook huge-row.xlsx (sheet "
                + "'Requests') refers to row 99999999999, beyond Excel's limits of 1,048,576 rows and 16,384 columns "
                + "(XFD), so it was not written by Excel or is damaged. Open it in Excel and save it again, or export "
                + "it again.");
    }

    @Test
    void aColumnBeyondExcelsLimitsIsRefusedInOneSentence() throws Exception {
        Path file = workbookWithRows("wide.xlsx", row("2", "Pothole on Elm street")
                + "<row r=\"3\"><c r=\"ZZZZZZZ3\" t=\"inlineStr\"><is><t>far away</t></is></c></row>");

        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> read(file));

        assertThat(thrown).isInstanceOf(ImportException.class)
                .hasMessageStartingWith("The workbook wide.xlsx (sheet 'Requests') refers to cell ZZZZZZZ3, beyond");
    }
}
