package org.civicthemes.ui;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Hands JavaFX the macOS libraries of this Mac's processor. The jar carries JavaFX's libraries for macOS x64 and
 * aarch64 under {@code natives/mac-x64} and {@code natives/mac-aarch64} (the two JavaFX jars use the same names at
 * the root, so one jar cannot hold both there). Before JavaFX starts, the right set is copied to the user's cache
 * folder and that folder put first on {@code java.library.path}: JavaFX 21's NativeLibLoader finds no library at the
 * jar's root on a Mac and then searches that path, read when it loads. Elsewhere this does nothing: the Windows and
 * Linux libraries are at the root, where JavaFX looks first. Why and the alternatives: decision 0015.
 */
final class MacNatives {

    /** The libraries JavaFX 21 ships for macOS. */
    static final List<String> LIBRARIES = List.of("libdecora_sse.dylib", "libglass.dylib", "libjavafx_font.dylib",
            "libjavafx_iio.dylib", "libprism_common.dylib", "libprism_es2.dylib", "libprism_sw.dylib");

    private MacNatives() {
    }

    /** Prepares the libraries for the running JVM; returns their folder on a Mac. */
    static Optional<Path> prepare() throws IOException {
        return prepare(System.getProperty("os.name", ""), System.getProperty("os.arch", ""), cacheFolder());
    }

    /**
     * @param os    the value of {@code os.name}
     * @param arch  the value of {@code os.arch}
     * @param cache the folder to copy the libraries into (a subfolder per processor is made)
     * @return the folder now first on {@code java.library.path}, empty when not on a Mac
     */
    static Optional<Path> prepare(String os, String arch, Path cache) throws IOException {
        if (!os.toLowerCase(Locale.ROOT).contains("mac")) {
            return Optional.empty();
        }
        String platform = arch.equals("aarch64") || arch.equals("arm64") ? "mac-aarch64" : "mac-x64";
        Path folder = cache.resolve(platform);
        Files.createDirectories(folder);
        for (String library : LIBRARIES) {
            try (InputStream in = MacNatives.class.getResourceAsStream("natives/" + platform + "/" + library)) {
                if (in == null) {
                    throw new IOException("JavaFX's " + library + " for " + platform + " is missing from this build "
                            + "of CivicThemes.");
                }
                Path target = folder.resolve(library);
                Path part = folder.resolve(library + ".part");
                Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
                if (Files.exists(target) && Files.mismatch(part, target) == -1) {
                    Files.delete(part);
                } else {
                    Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                }
            }
        }
        String path = System.getProperty("java.library.path", "");
        System.setProperty("java.library.path", path.isEmpty() ? folder.toString()
                : folder + File.pathSeparator + path);
        return Optional.of(folder);
    }

    /** ~/Library/Caches/CivicThemes/javafx: each start compares the copies with the jar's and replaces any that differ. */
    private static Path cacheFolder() {
        return Path.of(System.getProperty("user.home"), "Library", "Caches", "CivicThemes", "javafx");
    }
}
