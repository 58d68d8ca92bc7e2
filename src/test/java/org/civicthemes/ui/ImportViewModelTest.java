package org.civicthemes.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.civicthemes.workflow.ImportService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import screen's state and commands, without a screen: jobs run on the test's own thread. */
class ImportViewModelTest {

    @TempDir
    Path dir;

    private final ImportViewModel model = new ImportViewModel(new ImportService(), BackgroundRunner.SAME_THREAD);

    private Path csv() throws Exception {
        return Files.writeString(dir.resolve("requests.csv"), String.join("\n",
                "Created Date,Request Type,Description",
                "2024-03-05T10:00:00,Pothole,Deep pothole in front of the school on Elm",
                "",
                "2024-04-06T11:00:00,Graffiti,Tagging on the library wall again"));
    }

    @Test
    void startsEmptyAndSaysWhatToDo() {
        assertThat(model.requests()).isEmpty();
        assertThat(model.summaryProperty().get()).startsWith("Open a 311 export");
        assertThat(model.runningProperty().get()).isFalse();
    }

    /** Issue 15: the lists handed out keep telling their listeners after the collector ran. */
    @Test
    void theImportReportListsStillArriveAfterTheCollectorRuns() throws Exception {
        var requests = Collector.lastOf(model.requests());
        var columns = Collector.lastOf(model.columns());
        var skipped = Collector.lastOf(model.skipped());

        Collector.collectGarbage();
        model.open(csv());

        assertThat(requests.get()).as("requests heard after a collection").isNotNull().hasSize(2);
        assertThat(columns.get()).as("columns heard after a collection").isNotNull().isNotEmpty();
        assertThat(skipped.get()).as("skipped rows heard after a collection").isNotNull().hasSize(1);
    }

    /** Issue 15, item 2: "Open the sample" on the start screen and in the File menu. */
    @Test
    void openTheSampleReadsTheSampleThatComesWithCivicThemes() {
        model.openSample();

        assertThat(model.errorProperty().get()).isEmpty();
        assertThat(model.titleProperty().get()).startsWith("riverton-311-requests.xlsx");
        assertThat(model.requests()).hasSize(20_000);
    }

    @Test
    void openingAFileShowsItsRequestsAndReport() throws Exception {
        model.open(csv());

        assertThat(model.requests()).hasSize(2);
        assertThat(model.titleProperty().get()).isEqualTo("requests.csv");
        assertThat(model.summaryProperty().get()).isEqualTo("3 rows read · 2 imported · 1 skipped · 0 warnings");
        assertThat(model.skipped()).singleElement().satisfies(s -> assertThat(s.row()).isEqualTo(3));
        assertThat(model.columns()).isNotEmpty();
        assertThat(model.statusProperty().get()).isEqualTo("Imported 2 requests");
        assertThat(model.runningProperty().get()).isFalse();
        assertThat(model.errorProperty().get()).isEmpty();
    }

    @Test
    void aBadFileShowsTheMessageAndKeepsThePreviousResult() throws Exception {
        model.open(csv());
        Path empty = Files.write(dir.resolve("empty.csv"), new byte[0]);

        model.open(empty);

        assertThat(model.errorProperty().get())
                .isEqualTo("empty.csv is empty (0 bytes). Export the requests again and open the new file.");
        assertThat(model.requests()).hasSize(2);
        assertThat(model.titleProperty().get()).isEqualTo("requests.csv");
        assertThat(model.statusProperty().get()).isEqualTo("Import failed");
    }

    @Test
    void aCancelledImportKeepsThePreviousResult() throws Exception {
        model.open(csv());
        ImportViewModel cancelling = new ImportViewModel(new ImportService(), new BackgroundRunner() {
            @Override
            public <T> Handle start(Job<T> job, Callbacks<T> callbacks) {
                callbacks.onCancelled().run();
                return () -> { };
            }
        });

        cancelling.open(csv());

        assertThat(cancelling.requests()).isEmpty();
        assertThat(cancelling.statusProperty().get()).isEqualTo("Import cancelled; the previous result is kept");
        assertThat(cancelling.runningProperty().get()).isFalse();
    }
}
