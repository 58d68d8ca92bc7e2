package org.civicthemes.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.civicthemes.workflow.BuildInfo;
import org.civicthemes.workflow.Library;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Help: the guide opens from a local file, About shows the build's version and licences, shortcuts come from the menus. */
@ExtendWith(ApplicationExtension.class)
class HelpMenuTest {

    private final List<String> opened = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) {
        WorkbenchView view = new WorkbenchView(new WorkbenchModel(BackgroundRunner.SAME_THREAD), opened::add);
        stage.setScene(new Scene(view, 1200, 700));
        stage.show();
    }

    @Test
    void userGuideOpensAsALocalPageWithItsPictures(FxRobot robot) throws Exception {
        robot.clickOn("Help").clickOn("User guide");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !opened.isEmpty());

        assertThat(opened.get(0)).startsWith("file:").endsWith("user-guide.html");
        Path page = Path.of(java.net.URI.create(opened.get(0)));
        assertThat(Files.readString(page)).contains("CivicThemes user guide");
        assertThat(page.resolveSibling("screenshots").resolve("workbench-themes.png")).isRegularFile();
    }

    @Test
    void aboutShowsTheVersionOfTheBuildAndEveryLibraryWithItsLicence(FxRobot robot) {
        robot.clickOn("Help").clickOn("About CivicThemes");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#aboutVersion").queryAs(Label.class).getText())
                .isEqualTo("CivicThemes " + BuildInfo.version());
        @SuppressWarnings("unchecked")
        TableView<Library> libraries = robot.lookup("#librariesTable").queryAs(TableView.class);
        assertThat(libraries.getItems()).extracting(Library::name).contains("OpenJFX graphics", "Apache POI",
                "ONNX Runtime");
        assertThat(libraries.getItems()).allMatch(l -> !l.licence().isBlank() && !l.version().isBlank());
        robot.clickOn("Close");
    }

    @Test
    void shortcutsAreReadFromTheMenus(FxRobot robot) {
        List<Shortcut> shortcuts = Shortcut.of(robot.lookup("#menuBar").queryAs(MenuBar.class));

        assertThat(shortcuts).contains(new Shortcut("Help", "User guide", "F1"));
        assertThat(shortcuts).filteredOn(s -> s.action().equals("Open…")).singleElement()
                .satisfies(s -> assertThat(s.menu()).isEqualTo("File"))
                .satisfies(s -> assertThat(s.keys()).endsWith("O"));
        assertThat(shortcuts).extracting(Shortcut::action).contains("Undo", "Rename theme…", "Export summary…");
    }
}
