package org.civicthemes.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.civicthemes.model.DateRange;
import org.civicthemes.model.ThemeCount;
import org.civicthemes.model.ThemeEdit;
import org.civicthemes.progress.CancellationToken;
import org.civicthemes.progress.ProgressListener;
import org.civicthemes.sample.SampleExportGenerator;
import org.civicthemes.sample.SampleOptions;
import org.civicthemes.workflow.TextChoices;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Issue 15, item 2: {@code civic-themes my-work.civicthemes} opens the window on the saved project, edits and all. */
@ExtendWith(ApplicationExtension.class)
class WorkbenchProjectStartTest {

    @TempDir
    static Path dir;

    @BeforeAll
    static void saveAProject() throws Exception {
        Path csv = dir.resolve("riverton-800.csv");
        SampleExportGenerator.write(csv, new SampleOptions(800, SampleOptions.DEFAULT_SEED, SampleOptions.DEFAULT_START,
                SampleOptions.DEFAULT_END), ProgressListener.NONE, CancellationToken.NEVER);
        WorkbenchModel model = new WorkbenchModel(BackgroundRunner.SAME_THREAD);
        model.importer().setOnImported(r -> model.analysis().analyze(r, new AnalysisViewModel.RunChoices(
                new ThemeCount(4), 42, TextChoices.DEFAULTS, DateRange.ALL)));
        model.importer().open(csv);
        model.analysis().edit(new ThemeEdit.Rename(0, "Saved name"));
        Path project = model.project().save(dir.resolve("my work"), false).orElseThrow();
        System.setProperty(WorkbenchApp.OPEN_PROPERTY, project.toString());
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
    void aProjectFileGivenAtStartOpensAsAProject(FxRobot robot) throws Exception {
        @SuppressWarnings("unchecked")
        TableView<ThemeRow> themes = robot.lookup("#themesTable").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> themes.getItems().stream().anyMatch(r -> r.label().equals("Saved name")));

        assertThat(robot.lookup("#titleLabel").queryAs(Label.class).getText()).startsWith("riverton-800.csv");
        assertThat(robot.lookup("#undoButton").queryButton().isDisabled()).as("the saved edit can be undone").isFalse();
    }
}
