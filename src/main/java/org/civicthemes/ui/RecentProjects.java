package org.civicthemes.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.Preferences;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The projects opened or saved lately, newest first, kept in the user's preferences between sessions. */
public final class RecentProjects {

    static final int MAX = 8;
    private static final String KEY = "recentProjects";

    private final Preferences preferences;
    private final ObservableList<Path> paths = FXCollections.observableArrayList();
    /** Made once: a view made per call is collected with its listeners (it listens to {@code paths} weakly). */
    private final ObservableList<Path> pathsView = FXCollections.unmodifiableObservableList(paths);

    /** @param preferences where the list is kept; null keeps it in memory only (tests) */
    public RecentProjects(Preferences preferences) {
        this.preferences = preferences;
        if (preferences != null) {
            for (String p : preferences.get(KEY, "").split("\n")) {
                if (!p.isBlank()) {
                    paths.add(Path.of(p));
                }
            }
        }
    }

    /** Remembers a project at the top of the list. */
    public void add(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        paths.remove(absolute);
        paths.add(0, absolute);
        while (paths.size() > MAX) {
            paths.remove(paths.size() - 1);
        }
        store();
    }

    /** Forgets a project (it was moved or deleted). */
    public void remove(Path file) {
        paths.remove(file.toAbsolutePath().normalize());
        store();
    }

    public ObservableList<Path> paths() {
        return pathsView;
    }

    private void store() {
        if (preferences != null) {
            List<String> lines = new ArrayList<>();
            paths.forEach(p -> lines.add(p.toString()));
            preferences.put(KEY, String.join("\n", lines));
        }
    }
}
