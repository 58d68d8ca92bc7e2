package org.civicthemes.io.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import org.civicthemes.model.ColumnRole;
import org.civicthemes.model.ImportOptions;
import org.civicthemes.model.ImportResult;
import org.civicthemes.model.ServiceRequest;
import org.civicthemes.progress.CancellationToken;
import org.civicthemes.progress.ProgressListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14, item 4: a header that repeats its names (Description, Description, Created Date, Created Date) was
 * passed over, the first request taken for the header and lost uncounted.
 */
class DuplicateHeaderNamesTest {

    @TempDir
    Path dir;

    @Test
    void aHeaderOfRepeatedNamesIsFoundEveryRowKeptAndTheColumnUsedNamed() throws Exception {
        Path file = Files.writeString(dir.resolve("repeated.csv"), String.join("\n",
                "Description,Description,Created Date,Created Date,Request Type,Request Type",
                "Pothole at 12 Elm St in front of the school,Call back,2024-01-01,2024-01-02,Streets,Potholes",
                "Graffiti on the library wall at 40 Main St,Call back,2024-02-01,2024-02-02,Parks,Graffiti",
                "Streetlight out at the corner of Oak and 5th,No,2024-03-01,2024-03-02,Streets,Lights",
                "Missed trash pickup on Pine avenue this week,No,2024-04-01,2024-04-02,Sanitation,Trash", ""));

        ImportResult result = new SpreadsheetImporter().importFile(file, ImportOptions.DETECT_ALL,
                ProgressListener.NONE, CancellationToken.NEVER);

        assertThat(result.report().source().headerRow()).isEqualTo(1);
        assertThat(result.report().rowsRead()).isEqualTo(4);
        assertThat(result.report().rowsImported()).isEqualTo(4);
        assertThat(result.dataset().columns()).containsExactly("Description", "Description (2)", "Created Date",
                "Created Date (2)", "Request Type", "Request Type (2)");
        assertThat(result.dataset().requests().get(0).text()).isEqualTo("Pothole at 12 Elm St in front of the school");
        assertThat(result.dataset().requests()).extracting(ServiceRequest::created)
                .first().isEqualTo(LocalDateTime.of(2024, 1, 1, 0, 0));
        assertThat(result.report().columns().columnsOf(ColumnRole.REQUEST_TEXT)).containsExactly("Description");
        assertThat(result.report().notes()).anyMatch(n -> n.startsWith("The header names several columns alike: "
                + "'Description' in columns A and B, 'Created Date' in columns C and D, 'Request Type' in columns E and F;"
                + " the repeats are called 'Description (2)', 'Created Date (2)', 'Request Type (2)'.")
                && n.contains("request text from 'Description' (column A)")
                && n.contains("created date from 'Created Date' (column C)"));
    }

    @Test
    void aRowOfOneValueRepeatedIsStillNoHeader() throws Exception {
        Path file = Files.writeString(dir.resolve("title.csv"), String.join("\n",
                "N/A,N/A,N/A,N/A",
                "Created Date,Description,Request Type,District",
                "2024-01-01,Pothole at 12 Elm St in front of the school,Streets,D1", ""));

        ImportResult result = new SpreadsheetImporter().importFile(file, ImportOptions.DETECT_ALL,
                ProgressListener.NONE, CancellationToken.NEVER);

        assertThat(result.report().source().headerRow()).isEqualTo(2);
    }
}
