package org.civicthemes.workflow;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where CivicThemes keeps its files for this user, in each system's usual place. The log: %LOCALAPPDATA%\CivicThemes\logs
 * on Windows, ~/Library/Logs/CivicThemes on macOS, $XDG_STATE_HOME/civicthemes/logs (default ~/.local/state) on
 * Linux. {@code civicthemes.logs} overrides it (tests). Preferences are not files of ours: java.util.prefs keeps them
 * in the registry (Windows), ~/Library/Preferences (macOS) or ~/.java (Linux).
 *
 * @param os      the value of {@code os.name}
 * @param home    the value of {@code user.home}
 * @param env     the environment
 */
public record AppFolders(String os, String home, Map<String, String> env) {

    /** The folders of the running program. */
    public static AppFolders ofThisUser() {
        return new AppFolders(System.getProperty("os.name", ""), System.getProperty("user.home", "."),
                System.getenv());
    }

    /** The folder of the log file. */
    public Path logs() {
        String configured = System.getProperty("civicthemes.logs");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        String name = os.toLowerCase(Locale.ROOT);
        if (name.contains("win")) {
            String local = env.get("LOCALAPPDATA");
            Path base = local == null || local.isBlank() ? Path.of(home, "AppData", "Local") : Path.of(local);
            return base.resolve("CivicThemes").resolve("logs");
        }
        if (name.contains("mac")) {
            return Path.of(home, "Library", "Logs", "CivicThemes");
        }
        String state = env.get("XDG_STATE_HOME");
        Path base = state == null || state.isBlank() ? Path.of(home, ".local", "state") : Path.of(state);
        return base.resolve("civicthemes").resolve("logs");
    }
}
