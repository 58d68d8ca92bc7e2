package org.civicthemes.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.civicthemes.analysis.DatePreset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Writes PNGs of the whole window on the bundled sample (its real themes): the Themes tab with a search and a
 * request's whole text, the filter with the category choices open, the Last 90 days preset, and the window at
 * 1024 x 700 with a reversed range. Takes the screen (so open drop-downs are in the picture), so it runs only when
 * asked, with a real window under Xvfb:
 * <pre>
 * xvfb-run -a -s "-screen 0 1600x1000x24" mvn -o test -Dtest=WorkbenchScreenshots \
 *     -Dheadless.argLine=-Dtestfx.robot=glass -Dcivicthemes.screenshots=docs/screenshots
 * </pre>
 */
@EnabledIfSystemProperty(named = "civicthemes.screenshots", matches = ".+")
@ExtendWith(ApplicationExtension.class)
class WorkbenchScreenshots {

    private WorkbenchApp app;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        app = ScreenshotWindow.open(stage, 1366, 768);
    }

    @SuppressWarnings("unchecked")
    private static <T> TableView<T> table(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(TableView.class);
    }

    @Test
    void writeTheWindow(FxRobot robot) throws Exception {
        Path dir = Files.createDirectories(Path.of(System.getProperty("civicthemes.screenshots")));
        WaitForAsyncUtils.waitFor(300, TimeUnit.SECONDS, () -> table(robot, "#themesTable").getItems().size() > 3
                && !app.model().busy().get());

        ThemesViewModel themes = app.model().themes();
        robot.interact(() -> {
            ThemeRow bulk = themes.rows().stream().filter(r -> r.label().contains("bulk")).findFirst()
                    .orElse(themes.rows().get(0));
            themes.selectedProperty().set(bulk);
            themes.searchProperty().set("bulk pickup");
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            TableView<RequestRow> requests = table(robot, "#themeRequestsTable");
            RequestRow longest = requests.getItems().stream().max(Comparator.comparingInt(r -> r.text().length()))
                    .orElseThrow();
            requests.getSelectionModel().select(longest);
            requests.scrollTo(longest);
        });
        shoot(robot, dir.resolve("workbench-themes.png"));

        robot.interact(() -> themes.searchProperty().set(""));
        robot.clickOn("#categoryChoice");
        WaitForAsyncUtils.waitForFxEvents();
        shoot(robot, dir.resolve("workbench-filter-choices.png"));
        robot.interact(() -> robot.lookup("#categoryChoice").queryAs(ComboBox.class).hide());

        robot.interact(() -> app.model().filter().presetProperty().set(DatePreset.LAST_90_DAYS));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !app.model().busy().get());
        shoot(robot, dir.resolve("workbench-filter.png"));

        robot.interact(() -> {
            stage.setWidth(1024);
            stage.setHeight(700);
            app.model().filter().fromProperty().set(java.time.LocalDate.of(2025, 9, 1));
            app.model().filter().toProperty().set(java.time.LocalDate.of(2025, 1, 1));
        });
        shoot(robot, dir.resolve("workbench-1024.png"));
    }

    private void shoot(FxRobot robot, Path file) throws Exception {
        ScreenshotWindow.shoot(robot, stage, file);
    }
}
