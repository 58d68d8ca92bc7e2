package org.civicthemes.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Writes PNGs of the whole window on a Spark run's results: the themes, the charts' sizes and trends, seasonality and
 * emerging themes, and the exports read (the user guide's pictures; they are bundled in the jar, so no more). The folder is {@code -Dcivicthemes.results} (the small results of
 * src/test/resources/spark-results when not given). Takes the screen, so it runs only when asked, under Xvfb:
 * <pre>
 * xvfb-run -a -s "-screen 0 1600x1000x24" mvn -o test -Dtest=ResultsScreenshots \
 *     -Dheadless.argLine=-Dtestfx.robot=glass -Dcivicthemes.screenshots=docs/screenshots \
 *     -Dcivicthemes.results=/tmp/spark10m/out-10m
 * </pre>
 */
@EnabledIfSystemProperty(named = "civicthemes.screenshots", matches = ".+")
@ExtendWith(ApplicationExtension.class)
class ResultsScreenshots {

    private WorkbenchApp app;
    private Stage stage;

    @BeforeAll
    static void startOnTheResults() throws Exception {
        String given = System.getProperty("civicthemes.results", "");
        Path results = given.isBlank()
                ? Path.of(ResultsScreenshots.class.getResource("/spark-results/themes.json").toURI()).getParent()
                : Path.of(given);
        System.setProperty(WorkbenchApp.OPEN_PROPERTY, results.toString());
    }

    @AfterAll
    static void forgetTheFolder() {
        System.clearProperty(WorkbenchApp.OPEN_PROPERTY);
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        app = ScreenshotWindow.open(stage, 1366, 768);
    }

    @Test
    void writeTheWindow(FxRobot robot) throws Exception {
        Path dir = Files.createDirectories(Path.of(System.getProperty("civicthemes.screenshots")));
        WaitForAsyncUtils.waitFor(300, TimeUnit.SECONDS, () -> robot.lookup("#resultsThemesTable").tryQuery()
                .map(t -> ((TableView<?>) t).getItems().size() > 2).orElse(false) && !app.model().busy().get()
                && app.model().results().charts().dataProperty().get() != null
                && !app.model().results().charts().computingProperty().get());
        ScreenshotWindow.shoot(robot, stage, dir.resolve("workbench-spark-results.png"));

        TabPane results = robot.lookup("#resultsView .tab-pane").queryAs(TabPane.class);
        robot.interact(() -> results.getSelectionModel().select(1));
        Label summary = robot.lookup("#resultsView #chartsSummary").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> !summary.getText().isEmpty()
                && !app.model().results().charts().computingProperty().get());
        ScreenshotWindow.shoot(robot, stage, dir.resolve("workbench-spark-results-charts.png"));
        TabPane pages = robot.lookup("#resultsView #chartPages").queryAs(TabPane.class);
        String[] names = {"seasonality", "emerging"};
        for (int page = 1; page <= names.length; page++) {
            int chosen = page;
            robot.interact(() -> pages.getSelectionModel().select(chosen));
            ScreenshotWindow.shoot(robot, stage, dir.resolve("workbench-spark-results-" + names[page - 1] + ".png"));
        }
        robot.interact(() -> results.getSelectionModel().select(2));
        ScreenshotWindow.shoot(robot, stage, dir.resolve("workbench-spark-results-exports.png"));
    }
}
