package org.civicthemes.io.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import org.civicthemes.model.ImportOptions;
import org.civicthemes.model.ImportResult;
import org.civicthemes.model.ImportWarning;
import org.civicthemes.model.ServiceRequest;
import org.civicthemes.progress.CancellationToken;
import org.civicthemes.progress.ProgressListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 14, item 1: placeholder dates such as 9999-12-31 are imported as "no date", with a warning per row. */
class ExtremeDatesTest {

    @TempDir
    Path dir;

    private ImportResult read(Path file) throws ImportException {
        return new SpreadsheetImporter().importFile(file, ImportOptions.DETECT_ALL, ProgressListener.NONE,
                CancellationToken.NEVER);
    }

    @Test
    void placeholderDatesInATextExportBecomeNoDateWithAWarningPerRow() throws Exception {
        Path file = Files.writeString(dir.resolve("extreme.csv"), String.join("\n",
                "Created Date,Closed Date,Description",
                "2024-03-05 10:00,2024-03-06 10:00,Pothole on Elm street near the school",
                "9999-12-31 00:00,2024-03-06 10:00,Graffiti on the library wall",
                "0001-01-01 00:00,9999-12-31 00:00,Streetlight out on Main street",
                "1900-01-01 00:00,,Missed trash pickup on Oak street",
                "2024-04-05 10:00,,Noise from construction at night", ""));

        ImportResult result = read(file);

        List<ServiceRequest> requests = result.dataset().requests();
        assertThat(requests).hasSize(5);
        assertThat(requests).extracting(ServiceRequest::created).containsExactly(
                LocalDateTime.of(2024, 3, 5, 10, 0), null, null, null, LocalDateTime.of(2024, 4, 5, 10, 0));
        assertThat(requests.get(2).closed()).isNull();
        assertThat(result.report().dateless()).isEqualTo(3);
        List<ImportWarning> implausible = result.report().warnings().stream()
                .filter(w -> w.kind().equals("implausible-date")).toList();
        assertThat(implausible).extracting(ImportWarning::row).containsExactly(3, 4, 4, 5);
        assertThat(implausible).extracting(ImportWarning::column)
                .containsExactly("Created Date", "Created Date", "Closed Date", "Created Date");
        assertThat(implausible.get(0).value()).isEqualTo("9999-12-31 00:00");
        assertThat(implausible.get(0).message()).contains("1990-01-01 to 2099-12-31").contains("'no date'");
        assertThat(result.report().notes()).anyMatch(n -> n.contains("plausible window") && n.contains("rows 3, 4, 4, 5"));
    }

    @Test
    void aHugeSerialInADateCellOfAWorkbookBecomesNoDate() throws Exception {
        Path file = Workbooks.xlsx().sheet("Requests")
                .row(1, "Created Date", "Description")
                .row(2, LocalDateTime.of(2024, 5, 1, 9, 0), "Tagging on the wall of the library")
                .row(3, LocalDateTime.of(9999, 12, 31, 0, 0), "Pothole in front of the school")
                .row(4, LocalDateTime.of(2024, 5, 2, 9, 0), "Streetlight out on Main street")
                .writeTo(dir.resolve("serials.xlsx"));

        ImportResult result = read(file);

        assertThat(result.dataset().requests()).extracting(ServiceRequest::created)
                .containsExactly(LocalDateTime.of(2024, 5, 1, 9, 0), null, LocalDateTime.of(2024, 5, 2, 9, 0));
        assertThat(result.report().warnings()).singleElement().satisfies(w -> {
            assertThat(w.kind()).isEqualTo("implausible-date");
            assertThat(w.row()).isEqualTo(3);
            assertThat(w.sheet()).isEqualTo("Requests");
        });
    }
}
