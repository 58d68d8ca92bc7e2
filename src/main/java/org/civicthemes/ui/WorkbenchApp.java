package org.civicthemes.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The workbench window. Opens the bundled sample data at start when it is there (system property
 * {@code civicthemes.open}, else {@code sample-data/riverton-311-requests.xlsx} in the working folder),
 * so a newcomer sees requests at once.
 */
public final class WorkbenchApp extends Application {

    static final String OPEN_PROPERTY = "civicthemes.open";
    static final Path BUNDLED_SAMPLE = Path.of("sample-data", "riverton-311-requests.xlsx");

    private WorkbenchModel model;
    private WorkbenchView view;

    @Override
    public void start(Stage stage) {
        model = new WorkbenchModel(new FxBackgroundRunner(), new FxBackgroundRunner(), new FxBackgroundRunner(),
                new RecentProjects(java.util.prefs.Preferences.userNodeForPackage(WorkbenchApp.class)));
        view = new WorkbenchView(model);
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(view, Math.min(1366, screen.getWidth()), Math.min(740, screen.getHeight()));
        scene.getStylesheets().add(WorkbenchApp.class.getResource("workbench.css").toExternalForm());
        stage.setTitle("CivicThemes");
        stage.setMinWidth(900);
        stage.setMinHeight(560);
        stage.setScene(scene);
        stage.show();
        view.themesView().table().requestFocus();
        startupFile().ifPresent(model.importer()::open);
    }

    WorkbenchView view() {
        return view;
    }

    WorkbenchModel model() {
        return model;
    }

    private static java.util.Optional<Path> startupFile() {
        String wanted = System.getProperty(OPEN_PROPERTY);
        if (wanted != null && !wanted.isBlank()) {
            return java.util.Optional.of(Path.of(wanted));
        }
        return Files.isRegularFile(BUNDLED_SAMPLE) ? java.util.Optional.of(BUNDLED_SAMPLE) : java.util.Optional.empty();
    }

    /** Starts the workbench; returns when its window is closed. */
    public static void launchWorkbench(String[] args) {
        Application.launch(WorkbenchApp.class, args);
    }
}
