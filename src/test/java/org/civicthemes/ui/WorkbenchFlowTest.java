package org.civicthemes.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.civicthemes.progress.CancellationToken;
import org.civicthemes.progress.ProgressListener;
import org.civicthemes.sample.SampleExportGenerator;
import org.civicthemes.sample.SampleOptions;
import org.civicthemes.workflow.ExportFormat;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The analyst's day in one walk through the real window (headless): a generated Riverton export opens and its
 * themes appear; a theme is renamed and two are merged through the menus' shortcuts and dialogs; a date preset
 * changes the counts to a direct count of the requests in range; undo takes the merge back; the export holds the
 * renamed theme.
 */
@ExtendWith(ApplicationExtension.class)
class WorkbenchFlowTest {

    private static final int ROWS = 3_000;

    @TempDir
    static Path dir;

    private WorkbenchApp app;

    @BeforeAll
    static void giveTheWindowASample() throws Exception {
        Path csv = dir.resolve("riverton-3000.csv");
        SampleExportGenerator.write(csv, new SampleOptions(ROWS, SampleOptions.DEFAULT_SEED, SampleOptions.DEFAULT_START,
                SampleOptions.DEFAULT_END), ProgressListener.NONE, CancellationToken.NEVER);
        System.setProperty(WorkbenchApp.OPEN_PROPERTY, csv.toString());
    }

    @AfterAll
    static void forgetTheFile() {
        System.clearProperty(WorkbenchApp.OPEN_PROPERTY);
    }

    @Start
    void start(Stage stage) {
        app = new WorkbenchApp();
        app.start(stage);
    }

    @SuppressWarnings("unchecked")
    private static TableView<ThemeRow> themesTable(FxRobot robot) {
        return robot.lookup("#themesTable").queryAs(TableView.class);
    }

    private static List<String> labels(FxRobot robot) {
        return themesTable(robot).getItems().stream().map(ThemeRow::label).toList();
    }

    private static long total(FxRobot robot) {
        return themesTable(robot).getItems().stream().mapToLong(ThemeRow::size).sum();
    }

    @Test
    void openRenameMergeFilterUndoAndExport(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(180, TimeUnit.SECONDS, () -> themesTable(robot).getItems().size() > 3);
        assertThat(total(robot)).isEqualTo(ROWS);
        int themesBefore = (int) themesTable(robot).getItems().stream().filter(r -> !r.special()).count();

        // the table lays its rows out on a later pulse than the one that gave it its items
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#themesTable .table-row-cell").tryQuery().isPresent());
        robot.clickOn(robot.lookup("#themesTable .table-row-cell").nth(0).queryAs(javafx.scene.Node.class));
        // the same action as Edit > Rename, F2 and the context menu (Monocle gives the window no key focus)
        robot.interact(() -> javafx.application.Platform.runLater(() -> app.view().themesView().renameSelected()));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#renameField").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#renameField").queryAs(javafx.scene.control.TextField.class)
                .setText("Dumping and trash")); // on the FX thread: the field's caret is laid out there
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> labels(robot).contains("Dumping and trash"));

        robot.interact(() -> {
            themesTable(robot).getSelectionModel().clearSelection();
            themesTable(robot).getSelectionModel().selectIndices(1, 2);
        });
        robot.interact(() -> javafx.application.Platform.runLater(() -> app.view().themesView().mergeSelected()));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane .text-field").tryQuery()
                .isPresent());
        robot.interact(() -> robot.lookup(".dialog-pane .text-field").queryAs(javafx.scene.control.TextField.class)
                .setText("Merged pair"));
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> labels(robot).contains("Merged pair"));
        assertThat(themesTable(robot).getItems().stream().filter(r -> !r.special())).hasSize(themesBefore - 1);
        assertThat(total(robot)).isEqualTo(ROWS);

        robot.interact(() -> app.model().filter().presetProperty().set(org.civicthemes.analysis.DatePreset.LAST_90_DAYS));
        long inRange = app.model().analysis().stateProperty().get().dataset().requests().stream()
                .filter(r -> r.created() != null && !r.created().toLocalDate().isBefore(LocalDate.of(2025, 7, 3)))
                .count();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> total(robot) == inRange);
        assertThat(inRange).isLessThan(ROWS);
        assertThat(robot.lookup("#themesSummary").queryAs(Label.class).getText()).startsWith(
                String.format(java.util.Locale.US, "%,d requests", inRange));
        // issue 15, item 4: every theme with requests in the range shows representatives from it, never "No
        // representative request in this filter"
        List<ThemeRow> withRequests = themesTable(robot).getItems().stream().filter(r -> !r.special() && r.size() > 0)
                .toList();
        assertThat(withRequests).isNotEmpty();
        for (ThemeRow row : withRequests) {
            robot.interact(() -> themesTable(robot).getSelectionModel().clearAndSelect(
                    themesTable(robot).getItems().indexOf(row)));
            @SuppressWarnings("unchecked")
            javafx.scene.control.ListView<RequestRow> examples = robot.lookup("#examplesList")
                    .queryAs(javafx.scene.control.ListView.class);
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !examples.getItems().isEmpty());
            assertThat(examples.getItems()).as(row.label()).hasSize((int) Math.min(row.size(), 5))
                    .allSatisfy(r -> assertThat(r.created().toLocalDate()).isAfterOrEqualTo(LocalDate.of(2025, 7, 3)));
        }

        robot.clickOn("#undoButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !labels(robot).contains("Merged pair"));
        assertThat(labels(robot)).contains("Dumping and trash");

        Path out = Files.createDirectories(dir.resolve("export"));
        robot.interact(() -> app.model().export().export(out, new ExportViewModel.Choices(
                EnumSet.of(ExportFormat.XLSX), false, false), null, false));
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> Files.exists(out.resolve("summary.xlsx"))
                && !app.model().busy().get());
        try (Workbook workbook = WorkbookFactory.create(out.resolve("summary.xlsx").toFile(), null, true)) {
            Sheet summary = workbook.getSheet("Summary");
            StringBuilder text = new StringBuilder();
            summary.forEach(row -> row.forEach(cell -> text.append(cell.toString()).append('|')));
            assertThat(text).contains("Dumping and trash").doesNotContain("Merged pair");
        }

        // issue 15, item 10: the All requests tab names each request's theme and redacts its text
        robot.clickOn("#requestsTab");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#requestsTable .table-row-cell").tryQuery().isPresent());
        List<String> cells = robot.lookup("#requestsTable .table-cell").queryAll().stream()
                .map(n -> ((javafx.scene.control.TableCell<?, ?>) n).getText()).filter(t -> t != null).toList();
        assertThat(cells).anyMatch(labels(robot)::contains)
                .noneMatch(t -> t.matches(".*\\(?\\d{3}\\)?[ .-]\\d{3}[ .-]\\d{4}.*"));
        assertThat(app.model().importer().requests().stream().limit(200).map(r -> r.text()))
                .as("the sample has phone numbers to redact").anyMatch(t -> t.matches(".*\\d{3}[ .-]\\d{3}[ .-]\\d{4}.*"));
    }
}
