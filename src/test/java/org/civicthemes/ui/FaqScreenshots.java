package org.civicthemes.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Writes PNGs of the "What residents ask" tab on the bundled sample with sample-data/riverton-faq.txt loaded: every
 * question with the FAQ entry that answers it, then only the FAQ to write. Runs only when asked, under Xvfb:
 * <pre>
 * xvfb-run -a -s "-screen 0 1600x1000x24" mvn -o test -Dtest=FaqScreenshots \
 *     -Dheadless.argLine=-Dtestfx.robot=glass -Dcivicthemes.screenshots=docs/screenshots
 * </pre>
 */
@EnabledIfSystemProperty(named = "civicthemes.screenshots", matches = ".+")
@ExtendWith(ApplicationExtension.class)
class FaqScreenshots {

    private WorkbenchApp app;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        app = ScreenshotWindow.open(stage, 1500, 860);
    }

    @Test
    void writeTheFaqTab(FxRobot robot) throws Exception {
        Path dir = Files.createDirectories(Path.of(System.getProperty("civicthemes.screenshots")));
        WaitForAsyncUtils.waitFor(300, TimeUnit.SECONDS, () -> robot.lookup("#themesTable").queryAs(TableView.class)
                .getItems().size() > 3 && !app.model().busy().get());

        robot.clickOn("What residents ask");
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> !app.model().faq().rows().isEmpty()
                && !app.model().busy().get());
        robot.interact(() -> app.model().faq().loadFaq(Path.of("sample-data", "riverton-faq.txt")));
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> app.model().faq().cityFaqProperty().get().isLoaded()
                && !app.model().busy().get() && app.model().faq().rows().stream().anyMatch(FaqViewModel.Row::covered));
        shoot(robot, dir.resolve("workbench-faq.png"));

        robot.clickOn("#onlyToWriteBox");
        shoot(robot, dir.resolve("workbench-faq-to-write.png"));
        assert robot.lookup("#faqTable").tryQuery().isPresent() : "the FAQ table is on screen";
        assert robot.lookup(".tab-pane").queryAs(TabPane.class) != null;
    }

    private void shoot(FxRobot robot, Path file) throws Exception {
        ScreenshotWindow.shoot(robot, stage, file);
    }
}
