package org.civicthemes.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Tab;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.civicthemes.cli.CivicThemesCli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Writes PNGs of what changed since a codebook on the bundled sample: a codebook learned on its 2023-2024 requests
 * (as {@code analyze --to 2024-12-31 --save-codebook} saves it), used on the whole export in the window; the themes
 * list with its Before, Now and ± pts columns, and the What changed tab. Runs only when asked, with a real
 * window under Xvfb:
 * <pre>
 * xvfb-run -a -s "-screen 0 1600x1000x24" mvn -o test -Dtest=CodebookScreenshots \
 *     -Dheadless.argLine=-Dtestfx.robot=glass -Dcivicthemes.screenshots=docs/screenshots
 * </pre>
 */
@EnabledIfSystemProperty(named = "civicthemes.screenshots", matches = ".+")
@ExtendWith(ApplicationExtension.class)
class CodebookScreenshots {

    @TempDir
    Path work;

    private WorkbenchApp app;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        app = ScreenshotWindow.open(stage, 1366, 768);
    }

    @Test
    void writeWhatChanged(FxRobot robot) throws Exception {
        Path dir = Files.createDirectories(Path.of(System.getProperty("civicthemes.screenshots")));
        Path codebook = work.resolve("riverton-2023-2024.codebook.json");
        int code = CivicThemesCli.run("analyze", "sample-data/riverton-311-requests.xlsx", "--to", "2024-12-31",
                "--out", work.resolve("learned").toString(), "--format", "none", "--save-codebook",
                codebook.toString());
        if (code != 0) {
            throw new AssertionError("the codebook could not be made: exit code " + code);
        }
        WaitForAsyncUtils.waitFor(300, TimeUnit.SECONDS, () -> robot.lookup("#themesTable").queryAs(TableView.class)
                .getItems().size() > 3 && !app.model().busy().get());
        robot.interact(() -> app.model().analysis().useCodebook(codebook));
        WaitForAsyncUtils.waitFor(300, TimeUnit.SECONDS, () -> !app.model().busy().get()
                && app.model().sinceCodebook().placedProperty().get());
        shoot(robot, dir.resolve("workbench-codebook-columns.png"));

        robot.interact(() -> {
            Tab changed = robot.lookup(".tab-pane").queryAs(javafx.scene.control.TabPane.class).getTabs().stream()
                    .filter(t -> "sinceCodebookTab".equals(t.getId())).findFirst().orElseThrow();
            changed.getTabPane().getSelectionModel().select(changed);
        });
        shoot(robot, dir.resolve("workbench-what-changed.png"));
    }

    private void shoot(FxRobot robot, Path file) throws Exception {
        ScreenshotWindow.shoot(robot, stage, file);
    }
}
