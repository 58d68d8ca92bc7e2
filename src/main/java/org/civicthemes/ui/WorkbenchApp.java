package org.civicthemes.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.civicthemes.workflow.AppFolders;
import org.civicthemes.workflow.BuildInfo;
import org.civicthemes.workflow.DiagnosticLog;
import org.slf4j.LoggerFactory;

/**
 * The workbench window. Opens a file at start: the one of the system property {@code civicthemes.open}, else the
 * export or project given on the command line ({@code civic-themes FILE}), else the sample that comes with
 * CivicThemes ({@code sample-data/riverton-311-requests.xlsx} in the working folder, or the copy inside the jar),
 * so a newcomer sees requests at once.
 */
public final class WorkbenchApp extends Application {

    static final String OPEN_PROPERTY = "civicthemes.open";

    private WorkbenchModel model;
    private WorkbenchView view;

    @Override
    public void start(Stage stage) {
        model = new WorkbenchModel(new FxBackgroundRunner(), new FxBackgroundRunner(), new FxBackgroundRunner(),
                new RecentProjects(java.util.prefs.Preferences.userNodeForPackage(WorkbenchApp.class)));
        view = new WorkbenchView(model, getHostServices()::showDocument);
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(view, Math.min(1366, screen.getWidth()), Math.min(740, screen.getHeight()));
        scene.getStylesheets().add(WorkbenchApp.class.getResource("workbench.css").toExternalForm());
        stage.setTitle("CivicThemes");
        for (int size : new int[] {16, 32, 48, 64, 128, 256}) {
            stage.getIcons().add(new javafx.scene.image.Image(
                    WorkbenchApp.class.getResource("icon-" + size + ".png").toExternalForm()));
        }
        stage.setMinWidth(900);
        stage.setMinHeight(560);
        stage.setScene(scene);
        stage.show();
        view.themesView().table().requestFocus();
        List<String> arguments = getParameters() == null ? List.of() : getParameters().getUnnamed();
        Optional<Path> file = startupFile(System.getProperty(OPEN_PROPERTY), arguments);
        if (file.isPresent()) {
            view.open(file.get());
        } else {
            model.importer().openSample();
        }
        MacFileOpen.listen(System.getProperty("os.name", ""),
                opened -> javafx.application.Platform.runLater(() -> view.open(opened)));
    }

    WorkbenchView view() {
        return view;
    }

    WorkbenchModel model() {
        return model;
    }

    /**
     * The file to open at start, empty for the sample: the system property's file, else the first argument (a
     * relative path is taken from the working folder).
     */
    static Optional<Path> startupFile(String property, List<String> arguments) {
        if (property != null && !property.isBlank()) {
            return Optional.of(Path.of(property));
        }
        return arguments.stream().filter(a -> !a.isBlank()).findFirst().map(Path::of);
    }

    /** Starts the workbench with its log file; returns when its window is closed. */
    public static void launchWorkbench(String[] args) {
        try {
            DiagnosticLog.start(AppFolders.ofThisUser().logs());
        } catch (java.io.IOException | RuntimeException e) {
            System.err.println("CivicThemes runs without its log file: " + AppFolders.ofThisUser().logs()
                    + " cannot be written (" + e.getMessage() + ").");
        }
        try {
            MacNatives.prepare();
        } catch (java.io.IOException e) {
            LoggerFactory.getLogger(WorkbenchApp.class).warn("JavaFX's macOS libraries could not be prepared: {}",
                    DiagnosticLog.describe(e));
        }
        LoggerFactory.getLogger(WorkbenchApp.class).info("CivicThemes {} started on Java {} ({}, {}), {} {} {}",
                BuildInfo.version(), System.getProperty("java.version"), System.getProperty("java.vendor"),
                System.getProperty("java.home"),
                System.getProperty("os.name"), System.getProperty("os.version"), System.getProperty("os.arch"));
        Application.launch(WorkbenchApp.class, args);
    }
}
