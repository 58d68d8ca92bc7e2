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

    public AppFolders {
        env = Map.copyOf(env);
    }

    /** The folders of the running program. */
    public static AppFolders ofThisUser() {
        return new AppFolders(System.getProperty("os.name", ""), System.getProperty("user.home", "."),
                System.getenv());
    }

    /**
     * The folder of the user guide's pages, rewritten when Help &gt; User guide opens them: in the cache folder
     * ({@code civicthemes.cache} if set, else %LOCALAPPDATA%\CivicThemes, ~/Library/Caches/CivicThemes,
     * $XDG_CACHE_HOME/CivicThemes or ~/.cache/CivicThemes), one folder per version.
     */
    public Path guide(String version) {
        String configured = System.getProperty("civicthemes.cache");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured).resolve("guide").resolve(version);
        }
        String name = os.toLowerCase(Locale.ROOT);
        Path base;
        if (name.contains("win")) {
            String local = env.get("LOCALAPPDATA");
            base = local == null || local.isBlank() ? Path.of(home, "AppData", "Local") : Path.of(local);
        } else if (name.contains("mac")) {
            base = Path.of(home, "Library", "Caches");
        } else {
            String cache = env.get("XDG_CACHE_HOME");
            base = cache == null || cache.isBlank() ? Path.of(home, ".cache") : Path.of(cache);
        }
        return base.resolve("CivicThemes").resolve("guide").resolve(version);
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
