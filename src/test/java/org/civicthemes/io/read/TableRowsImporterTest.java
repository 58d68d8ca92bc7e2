package org.civicthemes.io.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.civicthemes.model.ColumnRole;
import org.civicthemes.model.ImportOptions;
import org.civicthemes.model.ImportResult;
import org.civicthemes.model.SourceFormat;
import org.civicthemes.progress.CancellationToken;
import org.civicthemes.progress.ProgressListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TableRowsImporterTest {

    private static final List<String> HEADER = List.of("Request ID", "Created Date", "Request Type", "Description",
            "District");

    @TempDir
    Path dir;

    /** 700 rows (more than the import looks at first), a blank one, one without text and one with a bad date. */
    private static List<List<String>> rows() {
        List<List<String>> rows = new ArrayList<>();
        IntStream.range(0, 700).forEach(i -> rows.add(List.of(String.valueOf(1000 + i),
                String.format("2024-03-%02d 10:%02d:00", 1 + i % 28, i % 60), i % 2 == 0 ? "Pothole" : "Graffiti",
                i % 2 == 0 ? "Pothole near " + i + " Main St" : "Tag on the wall of building " + i, "D" + i % 5)));
        rows.add(Arrays.asList("", "", "", "", ""));
        rows.add(List.of("2000", "2024-04-01 09:00:00", "Pothole", "", "D1"));
        rows.add(List.of("2001", "not a date", "Graffiti", "Paint on the bridge", "D2"));
        return rows;
    }

    private static String csv(List<List<String>> rows) {
        StringBuilder sb = new StringBuilder(String.join(",", HEADER)).append("\r\n");
        rows.forEach(r -> sb.append(String.join(",", r)).append("\r\n"));
        return sb.toString();
    }

    @Test
    void rowsHandedOverAreImportedAsTheSameRowsInACsvFile() throws Exception {
        Path file = Files.writeString(dir.resolve("export.csv"), csv(rows()), StandardCharsets.UTF_8);
        ImportResult fromCsv = new SpreadsheetImporter().importFile(file, ImportOptions.DETECT_ALL,
                ProgressListener.NONE, CancellationToken.NEVER);

        ImportResult fromRows = new TableRowsImporter().importRows("export.parquet", "/data/export.parquet", HEADER,
                rows().iterator(), ImportOptions.DETECT_ALL, CancellationToken.NEVER);

        assertThat(fromRows.dataset().requests()).isEqualTo(fromCsv.dataset().requests()).hasSize(702);
        assertThat(fromRows.report().rowsRead()).isEqualTo(fromCsv.report().rowsRead()).isEqualTo(703);
        assertThat(fromRows.report().skipped()).isEqualTo(fromCsv.report().skipped());
        assertThat(fromRows.report().rowsWithoutText()).isEqualTo(1);
        assertThat(fromRows.report().dateless()).isEqualTo(1);
        assertThat(fromRows.report().source().format()).isEqualTo(SourceFormat.TABLE_ROWS);
        assertThat(fromRows.report().source().path()).isEqualTo("/data/export.parquet");
        assertThat(fromRows.dataset().mapping().columnsOf(ColumnRole.CREATED_DATE)).containsExactly("Created Date");
    }

    @Test
    void aTableShorterThanTheRowsTheImportLooksAtFirstIsReadWhole() throws Exception {
        List<List<String>> rows = rows().subList(0, 3);
        ImportResult result = new TableRowsImporter().importRows("small.parquet", "/data/small.parquet", HEADER,
                rows.iterator(), ImportOptions.DETECT_ALL, CancellationToken.NEVER);

        assertThat(result.report().rowsRead()).isEqualTo(3);
        assertThat(result.dataset().requests()).extracting(r -> r.requestId()).containsExactly("1000", "1001", "1002");
        assertThat(result.dataset().requests().get(0).sourceRow()).isEqualTo(2);
    }

    @Test
    void aColumnNamedThatTheRowsLackIsRefusedInOneSentence() {
        ImportOptions options = ImportOptions.DETECT_ALL.withColumns(ColumnRole.REQUEST_TEXT, List.of("Complaint"));

        assertThatThrownBy(() -> new TableRowsImporter().importRows("export.parquet", "/data/export.parquet",
                HEADER, rows().iterator(), options, CancellationToken.NEVER))
                .isInstanceOf(ImportException.class)
                .hasMessageStartingWith("There is no column 'Complaint' in export.parquet");
    }
}
