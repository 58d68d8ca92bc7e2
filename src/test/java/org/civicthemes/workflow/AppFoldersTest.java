package org.civicthemes.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The log and the guide go where each system keeps such files. */
class AppFoldersTest {

    private String cache;

    @BeforeEach
    void withoutTheTestCache() {
        cache = System.getProperty("civicthemes.cache");
        System.clearProperty("civicthemes.cache");
    }

    @AfterEach
    void restore() {
        if (cache != null) {
            System.setProperty("civicthemes.cache", cache);
        }
    }

    @Test
    void windowsUsesTheLocalAppDataFolder() {
        AppFolders windows = new AppFolders("Windows 11", "C:\\Users\\ana", Map.of("LOCALAPPDATA", "/local"));
        assertThat(windows.logs()).isEqualTo(Path.of("/local", "CivicThemes", "logs"));
        assertThat(windows.guide("1.0")).isEqualTo(Path.of("/local", "CivicThemes", "guide", "1.0"));
    }

    @Test
    void macOsUsesTheLibraryFolders() {
        AppFolders mac = new AppFolders("Mac OS X", "/Users/ana", Map.of());
        assertThat(mac.logs()).isEqualTo(Path.of("/Users/ana/Library/Logs/CivicThemes"));
        assertThat(mac.guide("1.0")).isEqualTo(Path.of("/Users/ana/Library/Caches/CivicThemes/guide/1.0"));
    }

    @Test
    void linuxFollowsTheXdgFoldersOrTheirDefaults() {
        AppFolders plain = new AppFolders("Linux", "/home/ana", Map.of());
        assertThat(plain.logs()).isEqualTo(Path.of("/home/ana/.local/state/civicthemes/logs"));
        assertThat(plain.guide("1.0")).isEqualTo(Path.of("/home/ana/.cache/CivicThemes/guide/1.0"));

        AppFolders xdg = new AppFolders("Linux", "/home/ana", Map.of("XDG_STATE_HOME", "/st", "XDG_CACHE_HOME", "/ca"));
        assertThat(xdg.logs()).isEqualTo(Path.of("/st/civicthemes/logs"));
        assertThat(xdg.guide("1.0")).isEqualTo(Path.of("/ca/CivicThemes/guide/1.0"));
    }
}
