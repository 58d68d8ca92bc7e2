package org.civicthemes.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.civicthemes.model.Codebook;
import org.civicthemes.model.CodebookSpace;
import org.civicthemes.model.DateRange;
import org.civicthemes.model.ThemeCount;
import org.civicthemes.model.ThemeEdit;
import org.civicthemes.workflow.CodebookService;
import org.civicthemes.workflow.TextChoices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Writes a PNG of the themes list of a codebook run on the bundled sample, as the monthly flow makes it: themes
 * found on 2023-2024, two renamed, two merged, four sent to departments, saved as a codebook, the whole export placed
 * by it, the proposed e-scooter theme (words that burst in 2025) selected. Runs only when asked, with a real window
 * under Xvfb:
 * <pre>
 * xvfb-run -a -s "-screen 0 1600x1000x24" mvn -o test -Dtest=CodebookGrowScreenshot \
 *     -Dheadless.argLine=-Dtestfx.robot=glass -Dcivicthemes.screenshots=docs/screenshots
 * </pre>
 */
@EnabledIfSystemProperty(named = "civicthemes.screenshots", matches = ".+")
@ExtendWith(ApplicationExtension.class)
class CodebookGrowScreenshot {

    private WorkbenchApp app;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        app = ScreenshotWindow.open(stage, 1600, 1000);
    }

    @SuppressWarnings("unchecked")
    private static <T> TableView<T> table(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(TableView.class);
    }

    private void waitIdle() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(600, TimeUnit.SECONDS, () -> !app.model().busy().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private ThemeRow row(String part) {
        return app.model().themes().rows().stream().filter(r -> !r.special() && r.label().contains(part))
                .findFirst().orElse(app.model().themes().rows().get(0));
    }

    @Test
    void writeACodebookRun(FxRobot robot) throws Exception {
        Path dir = Files.createDirectories(Path.of(System.getProperty("civicthemes.screenshots")));
        Path work = Files.createTempDirectory("codebook-grow");
        WaitForAsyncUtils.waitFor(300, TimeUnit.SECONDS, () -> table(robot, "#themesTable").getItems().size() > 3
                && !app.model().busy().get());
        AnalysisViewModel analysis = app.model().analysis();
        robot.interact(() -> analysis.rerun(new AnalysisViewModel.RunChoices(ThemeCount.AUTO, 42, TextChoices.DEFAULTS,
                new DateRange(null, LocalDate.of(2024, 12, 31)))));
        waitIdle();
        robot.interact(() -> {
            analysis.edit(new ThemeEdit.Rename(row("pothole").themeId(), "Potholes"));
            analysis.edit(new ThemeEdit.Rename(row("light").themeId(), "Streetlights out"));
            analysis.edit(new ThemeEdit.Merge(List.of(row("recycling").themeId(), row("cart").themeId()),
                    "Trash and recycling carts"));
        });
        waitIdle();
        robot.interact(() -> {
            analysis.edit(new ThemeEdit.Department(row("Potholes").themeId(), "Public Works"));
            analysis.edit(new ThemeEdit.Department(row("Streetlights").themeId(), "Public Works"));
            analysis.edit(new ThemeEdit.Department(row("carts").themeId(), "Solid Waste"));
            analysis.edit(new ThemeEdit.Department(row("graffiti").themeId(), "Code Enforcement"));
            analysis.edit(new ThemeEdit.Department(row("parked").themeId(), "Parking Enforcement"));
        });
        Path file = work.resolve("riverton.codebook.json");
        robot.interact(() -> analysis.saveCodebook(file));
        waitIdle();
        robot.interact(() -> analysis.useCodebook(file));
        waitIdle();
        robot.interact(() -> {
            List<ThemeRow> proposed = app.model().themes().rows().stream().filter(ThemeRow::proposed).toList();
            if (!proposed.isEmpty()) {
                app.model().themes().selectedProperty().set(proposed.stream()
                        .filter(r -> r.label().contains("scooter")).findFirst().orElse(proposed.get(0)));
            }
        });
        ScreenshotWindow.shoot(robot, stage, dir.resolve("workbench-codebook-grow.png"));
    }
}
