package org.civicthemes.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real window, headless: it opens the file it is given at start and shows its requests. */
@ExtendWith(ApplicationExtension.class)
class WorkbenchAppTest {

    @TempDir
    static Path dir;

    @BeforeAll
    static void giveTheWindowAFile() throws Exception {
        Path csv = Files.writeString(dir.resolve("startup.csv"), String.join("\n",
                "Created Date,Request Type,Description",
                "2024-03-05T10:00:00,Pothole,Deep pothole in front of the school on Elm",
                "2024-04-06T11:00:00,Graffiti,Tagging on the library wall again",
                "2024-04-07T12:00:00,Graffiti,More tags under the bridge"));
        System.setProperty(WorkbenchApp.OPEN_PROPERTY, csv.toString());
    }

    @AfterAll
    static void forgetTheFile() {
        System.clearProperty(WorkbenchApp.OPEN_PROPERTY);
    }

    @Start
    void start(Stage stage) {
        new WorkbenchApp().start(stage);
    }

    @Test
    void showsTheRequestsOfTheStartupFile(FxRobot robot) throws Exception {
        TableView<?> table = robot.lookup("#requestsTable").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> table.getItems().size() == 3);

        assertThat(robot.lookup("#titleLabel").queryAs(Label.class).getText()).isEqualTo("startup.csv");
        robot.clickOn("Import report");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#summaryLabel").queryAs(Label.class).getText())
                .isEqualTo("3 rows read · 3 imported · 0 skipped · 0 warnings");
        assertThat(robot.lookup("#cancelButton").query().isVisible()).isFalse();
    }
}
