package org.civicthemes.ui;

import java.awt.Desktop;
import java.io.File;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Files double-clicked or opened with CivicThemes on macOS. There, unlike Windows and Linux, the system does not
 * pass the file as an argument: it sends an "open documents" event, which Java hands to the handler set here (AWT
 * keeps an event that arrives before the handler). Elsewhere this does nothing. Not run on a Mac yet (decision 0015).
 */
final class MacFileOpen {

    private MacFileOpen() {
    }

    /** Passes each file the system asks CivicThemes to open to {@code open}, on macOS; returns whether it listens. */
    static boolean listen(String os, Consumer<Path> open) {
        if (!os.toLowerCase(Locale.ROOT).contains("mac") || !Desktop.isDesktopSupported()
                || !Desktop.getDesktop().isSupported(Desktop.Action.APP_OPEN_FILE)) {
            return false;
        }
        Desktop.getDesktop().setOpenFileHandler(event -> {
            for (File file : event.getFiles()) {
                open.accept(file.toPath());
            }
        });
        return true;
    }
}
