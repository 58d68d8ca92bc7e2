package org.civicthemes.workflow;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The version of this build, from {@code build.properties} (filled in by Maven's resource filtering from the
 * project's version), so {@code --version}, Help &gt; About and the About sheet of every export show the same text,
 * whether CivicThemes runs from the jar, an installed app or the classes folder.
 */
public final class BuildInfo {

    /** What is shown when the resource is missing (classes compiled by an IDE without Maven's filtering). */
    static final String UNKNOWN = "development build";

    private static final String VERSION = readVersion();

    private BuildInfo() {
    }

    /** The version, for example {@code 0.1.0-SNAPSHOT}. */
    public static String version() {
        return VERSION;
    }

    private static String readVersion() {
        try (InputStream in = BuildInfo.class.getResourceAsStream("build.properties")) {
            if (in == null) {
                return UNKNOWN;
            }
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty("version", "").trim();
            return v.isEmpty() || v.startsWith("${") ? UNKNOWN : v;
        } catch (IOException e) {
            throw new UncheckedIOException("build.properties inside CivicThemes cannot be read", e);
        }
    }
}
