package org.civicthemes.io.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import org.civicthemes.model.ColumnRole;
import org.civicthemes.model.ImportOptions;
import org.civicthemes.model.ImportResult;
import org.civicthemes.model.ServiceRequest;
import org.civicthemes.model.SkippedRow;
import org.civicthemes.progress.CancellationToken;
import org.civicthemes.progress.ProgressListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxImportTest {

    @TempDir
    Path dir;

    private final SpreadsheetImporter importer = new SpreadsheetImporter();

    private ImportResult read(Path file) throws ImportException {
        return importer.importFile(file, ImportOptions.DETECT_ALL, ProgressListener.NONE, CancellationToken.NEVER);
    }

    /** An export as cities write them: a notes sheet first, title lines above the header, typed dates. */
    private Path export(Workbooks wb, String fileName) throws Exception {
        return wb.sheet("Notes")
                .row(1, "About this export")
                .row(2, "Created Date is when the resident filed the request.")
                .sheet("Service Requests")
                .row(1, "City of Riverton - 311 Service Requests")
                .row(2, "Exported 2025-10-01 by J. Analyst")
                .row(4, "Request ID", "Created Date", "Request Type", "Description", "Council District")
                .row(5, "RIV-1", LocalDateTime.of(2024, 7, 4, 22, 15), "Fireworks", "Fireworks going off all night", "District 3")
                .row(6, "RIV-2", LocalDateTime.of(2024, 1, 12, 8, 0), "Storm Drain", "Storm drain clogged with leaves", "District 1")
                .row(8, "RIV-3", 45300.5, "Pothole", "Big pothole on Main St", "District 2")
                .row(9, "Request ID", "Created Date", "Request Type", "Description", "Council District")
                .row(10, "RIV-4", "not a date", "Graffiti", "=\"Graffiti on \"&\"the bridge\"", "District 2")
                .row(11, "RIV-5", LocalDateTime.of(2024, 3, 1, 9, 30), "Other", "", "District 2")
                .writeTo(dir.resolve(fileName));
    }

    @Test
    void picksTheDataSheetAndTheHeaderBelowTitleLines() throws Exception {
        ImportResult result = read(export(Workbooks.xlsx(), "export.xlsx"));

        assertThat(result.report().source().sheet()).isEqualTo("Service Requests");
        assertThat(result.report().source().headerRow()).isEqualTo(4);
        assertThat(result.dataset().columns())
                .containsExactly("Request ID", "Created Date", "Request Type", "Description", "Council District");
        assertThat(result.dataset().mapping().columnsOf(ColumnRole.REQUEST_TEXT)).containsExactly("Description");
    }

    @Test
    void accountsForEveryRowBelowTheHeader() throws Exception {
        ImportResult result = read(export(Workbooks.xlsx(), "export.xlsx"));

        assertThat(result.report().rowsRead()).isEqualTo(7);
        assertThat(result.report().rowsImported()).isEqualTo(5);
        assertThat(result.report().skipped()).containsExactly(
                new SkippedRow(7, "blank line"), new SkippedRow(9, "repeated header line"));
        assertThat(result.dataset().requests()).extracting(ServiceRequest::sourceRow).containsExactly(5, 6, 8, 10, 11);
    }

    @Test
    void readsTypedDatesSerialsAndFormulaResults() throws Exception {
        List<ServiceRequest> requests = read(export(Workbooks.xlsx(), "export.xlsx")).dataset().requests();

        assertThat(requests.get(0).created()).isEqualTo(LocalDateTime.of(2024, 7, 4, 22, 15));
        assertThat(requests.get(2).created()).isEqualTo(LocalDateTime.of(2024, 1, 9, 12, 0));
        assertThat(requests.get(3).text()).isEqualTo("Graffiti on the bridge");
        assertThat(requests.get(3).district()).isEqualTo("District 2");
    }

    @Test
    void keepsUnreadableDatesEmptyAndSaysWhere() throws Exception {
        ImportResult result = read(export(Workbooks.xlsx(), "export.xlsx"));

        assertThat(result.dataset().requests().get(3).created()).isNull();
        assertThat(result.report().warnings()).anySatisfy(w -> {
            assertThat(w.kind()).isEqualTo("unreadable-date");
            assertThat(w.sheet()).isEqualTo("Service Requests");
            assertThat(w.row()).isEqualTo(10);
            assertThat(w.column()).isEqualTo("Created Date");
            assertThat(w.value()).isEqualTo("not a date");
        });
        assertThat(result.report().dateless()).isEqualTo(1);
    }

    @Test
    void importsRowsWithoutTextButFlagsThem() throws Exception {
        ImportResult result = read(export(Workbooks.xlsx(), "export.xlsx"));

        assertThat(result.report().rowsWithoutText()).isEqualTo(1);
        assertThat(result.report().warnings()).anySatisfy(w -> {
            assertThat(w.kind()).isEqualTo("no-text");
            assertThat(w.row()).isEqualTo(11);
        });
    }

    @Test
    void xlsWorkbooksReadTheSameAsXlsx() throws Exception {
        ImportResult fromXls = read(export(Workbooks.xls(), "export.xls"));
        ImportResult fromXlsx = read(export(Workbooks.xlsx(), "export.xlsx"));

        assertThat(fromXls.dataset().requests()).isEqualTo(fromXlsx.dataset().requests());
        assertThat(fromXls.report().skipped()).isEqualTo(fromXlsx.report().skipped());
        assertThat(fromXls.report().source().format()).isEqualTo(org.civicthemes.model.SourceFormat.XLS);
    }

    @Test
    void fillsCategoriesMergedDownSeveralRows() throws Exception {
        Path file = Workbooks.xlsx().sheet("Requests")
                .row(1, "Created Date", "Request Type", "Description")
                .row(2, LocalDateTime.of(2024, 5, 1, 9, 0), "Graffiti", "Tagging on the wall of the library")
                .row(3, LocalDateTime.of(2024, 5, 2, 9, 0), null, "Spray paint on a bus shelter")
                .row(4, LocalDateTime.of(2024, 5, 3, 9, 0), null, "Graffiti on the stop sign")
                .row(5, LocalDateTime.of(2024, 5, 4, 9, 0), "Pothole", "Deep pothole at Oak and 5th")
                .merge("B2:B4")
                .writeTo(dir.resolve("merged.xlsx"));

        ImportResult result = read(file);

        assertThat(result.dataset().requests()).extracting(ServiceRequest::category)
                .containsExactly("Graffiti", "Graffiti", "Graffiti", "Pothole");
        assertThat(result.report().notes()).anyMatch(n -> n.contains("merged"));
    }

    @Test
    void honoursTheSheetAndColumnsTheAnalystChose() throws Exception {
        Path file = export(Workbooks.xlsx(), "export.xlsx");
        ImportOptions options = ImportOptions.DETECT_ALL.withSheet("service requests")
                .withColumns(ColumnRole.REQUEST_TEXT, List.of("Request Type", "Description"));

        ImportResult result = importer.importFile(file, options, ProgressListener.NONE, CancellationToken.NEVER);

        assertThat(result.dataset().requests().get(2).text()).isEqualTo("Pothole. Big pothole on Main St");
        assertThat(result.dataset().requests().get(0).text()).as("a summary repeated at the start of the description is not doubled")
                .isEqualTo("Fireworks going off all night");
        assertThat(result.dataset().mapping().get(ColumnRole.REQUEST_TEXT).orElseThrow().confidence()).isEqualTo(1.0);
    }

    @Test
    void cancellingStopsTheImport() throws Exception {
        Path file = export(Workbooks.xlsx(), "export.xlsx");
        org.assertj.core.api.Assertions.assertThatThrownBy(() ->
                        importer.importFile(file, ImportOptions.DETECT_ALL, ProgressListener.NONE, () -> true))
                .isInstanceOf(org.civicthemes.progress.CancelledException.class);
    }
}
