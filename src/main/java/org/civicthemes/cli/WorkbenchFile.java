package org.civicthemes.cli;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code civic-themes FILE}: one export or project file given on its own opens the workbench on that file instead of
 * running a command; so does the results folder of a Spark run (a folder holding {@value #RESULTS_MARK}). The launcher script (src/main/dist/civic-themes) applies the same rule, to start the workbench
 * with its own JVM settings.
 */
public final class WorkbenchFile {

    /** How a file that opens in the workbench ends (any case): the exports it reads and its project files. */
    public static final List<String> ENDINGS = List.of(".xlsx", ".xls", ".csv", ".tsv", ".txt", ".civicthemes");

    /** The file a folder of Spark results holds (the workbench then opens it as results). */
    public static final String RESULTS_MARK = "themes.json";

    private WorkbenchFile() {
    }

    /** The file to open when the arguments are exactly one such file (not an option, not a command); else empty. */
    public static Optional<String> of(String... args) {
        if (args.length != 1 || args[0].isBlank() || args[0].startsWith("-")) {
            return Optional.empty();
        }
        String lower = args[0].toLowerCase(Locale.ROOT);
        boolean results;
        try {
            results = java.nio.file.Files.isRegularFile(java.nio.file.Path.of(args[0]).resolve(RESULTS_MARK));
        } catch (java.nio.file.InvalidPathException e) {
            results = false;
        }
        return results || ENDINGS.stream().anyMatch(lower::endsWith) ? Optional.of(args[0]) : Optional.empty();
    }
}
