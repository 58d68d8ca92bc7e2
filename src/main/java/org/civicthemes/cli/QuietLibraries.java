package org.civicthemes.cli;

/**
 * Keeps the libraries' own log lines (POI's "ERROR ... DOCTYPE is disallowed", its stack traces, "falling back to
 * stream processing") off stderr, where a command prints exactly one line for a failure. The environment variable
 * CIVICTHEMES_DEBUG brings them back, with stack traces.
 */
final class QuietLibraries {

    static final String LEVEL = "org.slf4j.simpleLogger.defaultLogLevel";

    private QuietLibraries() {
    }

    /** Must run before the first logger is made: slf4j-simple reads its level once. */
    static void unlessDebugging() {
        if (System.getenv("CIVICTHEMES_DEBUG") == null && System.getProperty(LEVEL) == null) {
            System.setProperty(LEVEL, "off");
        }
    }
}
