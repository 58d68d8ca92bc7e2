package org.civicthemes.io.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.Reader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.civicthemes.model.ColumnRole;
import org.civicthemes.model.ImportOptions;
import org.civicthemes.model.ImportResult;
import org.civicthemes.model.ServiceRequest;
import org.civicthemes.progress.CancellationToken;
import org.civicthemes.progress.ProgressListener;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Imports real 311 exports and checks the counts against an independent reading of the same file with
 * Commons CSV. The 150-row slices in test resources always run; the whole exports in ../shared/data run
 * when that folder is beside the project.
 */
class RealExportsImportTest {

    /** A real export, with the columns its text and created date are in. */
    record Export(String name, Path file, String textColumn, String createdColumn, String categoryColumn) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Export> slices() throws URISyntaxException {
        Path dir = Path.of(RealExportsImportTest.class.getResource("/realdata/README.md").toURI()).getParent();
        return List.of(
                new Export("Newport SeeClickFix slice", dir.resolve("newport_seeclickfix_2017_head150.csv"),
                        "description", "created_at_utc", "request_type"),
                new Export("SF 311 encampments slice", dir.resolve("sf311_encampments_2025_head150.csv"),
                        "text", "created_at", null));
    }

    static List<Export> wholeExports() {
        Path shared = Path.of(System.getProperty("civicthemes.sharedData", "../shared/data"));
        return List.of(
                new Export("Newport SeeClickFix", shared.resolve("newport-seeclickfix/newport_seeclickfix_2017.csv"),
                        "description", "created_at_utc", "request_type"),
                new Export("SF 311 encampments", shared.resolve("sf311-encampments/sf311_encampments_2025.csv"),
                        "text", "created_at", null));
    }

    private static ImportResult importOf(Export export) throws ImportException {
        return new SpreadsheetImporter().importFile(export.file(), ImportOptions.DETECT_ALL, ProgressListener.NONE,
                CancellationToken.NEVER);
    }

    private static List<CSVRecord> independentRecords(Path file) throws Exception {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
            return parser.getRecords();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("slices")
    void slicesImportEveryRowWithTheRightColumns(Export export) throws Exception {
        checkAgainstIndependentReading(export);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wholeExports")
    void wholeExportsImportEveryRowWithTheRightColumns(Export export) throws Exception {
        assumeTrue(Files.isRegularFile(export.file()), "../shared/data is not beside the project");
        checkAgainstIndependentReading(export);
    }

    private static void checkAgainstIndependentReading(Export export) throws Exception {
        List<CSVRecord> records = independentRecords(export.file());
        ImportResult result = importOf(export);

        assertThat(result.report().rowsRead()).isEqualTo(records.size());
        assertThat(result.report().rowsImported() + result.report().rowsSkipped()).isEqualTo(records.size());
        assertThat(result.dataset().mapping().columnsOf(ColumnRole.REQUEST_TEXT)).containsExactly(export.textColumn());
        assertThat(result.dataset().mapping().columnsOf(ColumnRole.CREATED_DATE)).containsExactly(export.createdColumn());
        if (export.categoryColumn() != null) {
            assertThat(result.dataset().mapping().columnsOf(ColumnRole.CATEGORY)).containsExactly(export.categoryColumn());
        }
        long withText = records.stream().filter(r -> !r.get(export.textColumn()).isBlank()).count();
        assertThat(result.dataset().requests().stream().filter(ServiceRequest::hasText).count()).isEqualTo(withText);
        assertThat(result.report().rowsWithoutText()).isEqualTo(records.size() - withText);
        long withDate = records.stream().filter(r -> !r.get(export.createdColumn()).isBlank()).count();
        assertThat(result.dataset().requests().stream().filter(ServiceRequest::hasCreated).count()).isEqualTo(withDate);
        for (int i = 0; i < records.size(); i++) {
            CSVRecord source = records.get(i);
            ServiceRequest imported = result.dataset().requests().get(i);
            assertThat(imported.sourceRow()).isEqualTo(source.getRecordNumber() + 1);
            assertThat(imported.text()).isEqualTo(source.get(export.textColumn()).strip());
            String rawDate = source.get(export.createdColumn());
            if (!rawDate.isBlank()) {
                assertThat(imported.created().toString()).startsWith(rawDate.substring(0, 16));
            }
        }
    }
}
