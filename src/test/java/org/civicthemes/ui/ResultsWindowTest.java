package org.civicthemes.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.civicthemes.progress.CancellationToken;
import org.civicthemes.progress.ProgressListener;
import org.civicthemes.sample.SampleExportGenerator;
import org.civicthemes.sample.SampleOptions;
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
 * The real window (headless) started on a Spark run's results folder (src/test/resources/spark-results): the results
 * take the analysis' place with their themes, charts and exports; editing and export are off; the filter narrows the
 * charts; an export opened afterwards brings the analysis back.
 */
@ExtendWith(ApplicationExtension.class)
class ResultsWindowTest {

    @TempDir
    static Path dir;

    private WorkbenchApp app;

    @BeforeAll
    static void startOnTheResults() throws Exception {
        Path results = Path.of(ResultsWindowTest.class.getResource("/spark-results/themes.json").toURI()).getParent();
        System.setProperty(WorkbenchApp.OPEN_PROPERTY, results.toString());
    }

    @AfterAll
    static void forgetTheFolder() {
        System.clearProperty(WorkbenchApp.OPEN_PROPERTY);
    }

    @Start
    void start(Stage stage) {
        app = new WorkbenchApp();
        app.start(stage);
    }

    @SuppressWarnings("unchecked")
    private static TableView<ResultThemeRow> themesTable(FxRobot robot) {
        return robot.lookup("#resultsThemesTable").queryAs(TableView.class);
    }

    private static boolean shown(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(n -> n.getScene() != null && n.isVisible()).orElse(false);
    }

    @Test
    void theResultsReplaceTheAnalysisUntilAnExportIsOpened(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> shown(robot, "#resultsView")
                && themesTable(robot).getItems().size() == 4);
        assertThat(themesTable(robot).getItems()).extracting(ResultThemeRow::name).containsExactly(
                "water, drain, storm", "music, loud, party", "Unclear", "No description");
        assertThat(robot.lookup("#resultsSummary").queryAs(Label.class).getText()).startsWith(
                "Spark results: 3,125 requests from 1 export in 2 themes");
        assertThat(robot.lookup("#resultsNoRequests").queryAs(Label.class).getText()).contains("assignments/");
        assertThat(shown(robot, "#themesTable")).isFalse();
        assertThat(robot.lookup("#saveButton").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(robot.lookup("#exportButton").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(robot.lookup("#rerunButton").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(robot.lookup("#resultsView #findAgainButton").queryAs(Button.class).isVisible()).isFalse();
        // the choices were filled after the box was made: it still says Any rather than nothing
        assertThat(robot.lookup("#resultsView #categoryChoice").queryAs(javafx.scene.control.ComboBox.class)
                .getValue()).isEqualTo("Any");

        robot.interact(() -> robot.lookup("#resultsView .tab-pane").queryAs(TabPane.class).getSelectionModel()
                .select(1));
        Label charts = robot.lookup("#resultsView #chartsSummary").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> charts.getText().startsWith("3,125 requests in 2 themes"));
        robot.interact(() -> {
            app.model().results().filter().fromProperty().set(LocalDate.of(2024, 1, 1));
            app.model().results().filter().toProperty().set(LocalDate.of(2024, 12, 31));
        });
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !charts.getText().startsWith("3,125")
                && charts.getText().endsWith(", 2024"));
        long in2024 = themesTable(robot).getItems().stream().mapToLong(ResultThemeRow::inFilter).sum();
        assertThat(charts.getText()).startsWith(String.format("%,d requests", in2024));
        assertThat(in2024).isBetween(800L, 1_400L);
        assertThat(robot.lookup("#resultsView #cyclesNote").queryAs(Label.class).getText())
                .contains("No hour of the day");
        // the charts' notes say what a click does here: there are no requests to see
        java.util.List<String> notes = robot.lookup("#resultsView .chart-note").queryAllAs(Label.class).stream()
                .map(Label::getText).toList();
        assertThat(notes).anyMatch(n -> n.endsWith("Click a bar to pick its theme in the Themes tab."))
                .noneMatch(n -> n.contains("to see its requests") || n.contains("to see the requests"));

        // a folder dropped or given that is not complete results: one sentence, and the results stay
        Path half = java.nio.file.Files.createDirectories(dir.resolve("half results"));
        java.nio.file.Files.copy(app.model().results().resultsProperty().get().folder().resolve("themes.json"),
                half.resolve("themes.json"));
        robot.interact(() -> app.view().open(half));
        Label error = robot.lookup("#errorLabel").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> error.getText().contains("holds no cube.csv"));
        assertThat(error.isVisible()).isTrue();
        assertThat(shown(robot, "#resultsView")).isTrue();
        robot.interact(() -> app.model().dismissError());

        Path csv = dir.resolve("riverton-2000.csv");
        SampleExportGenerator.write(csv, new SampleOptions(2_000, SampleOptions.DEFAULT_SEED,
                SampleOptions.DEFAULT_START, SampleOptions.DEFAULT_END), ProgressListener.NONE, CancellationToken.NEVER);
        robot.interact(() -> app.view().open(csv));
        WaitForAsyncUtils.waitFor(180, TimeUnit.SECONDS, () -> shown(robot, "#themesTable")
                && app.model().analysis().stateProperty().get() != null && !app.model().busy().get());
        assertThat(shown(robot, "#resultsView")).isFalse();
        assertThat(app.model().results().resultsProperty().get()).isNull();
        Node save = robot.lookup("#saveButton").query();
        assertThat(save.isDisabled()).isFalse();
    }
}
