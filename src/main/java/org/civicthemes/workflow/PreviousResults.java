package org.civicthemes.workflow;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The files an earlier run left in the output folder that this run writes again. They are removed once the import
 * has succeeded, before the first new file is written, so a run that fails later leaves only its own files, never
 * one run's import report beside another run's themes. A failed import leaves the earlier results as they were.
 */
final class PreviousResults {

    private static final List<String> BASE = List.of(AnalyzeService.IMPORT_REPORT, AnalyzeService.THEMES,
            AnalyzeService.ASSIGNMENTS, AnalyzeService.TRENDS, AnalyzeService.SEASONALITY, AnalyzeService.EMERGING,
            AnalyzeService.FAQ);

    private PreviousResults() {
    }

    /**
     * Removes the base results (import report, themes, assignments, time views, FAQ, cross-tabs) and, when the
     * analyst allowed them to be replaced, the summary files this run writes.
     */
    static void remove(Path outDir, ExportChoices exports) throws IOException {
        List<Path> files = new ArrayList<>();
        BASE.forEach(name -> files.add(outDir.resolve(name)));
        try (DirectoryStream<Path> crossTabs = Files.newDirectoryStream(outDir, "crosstab-*.csv")) {
            crossTabs.forEach(files::add);
        }
        if (exports.overwrite()) {
            files.addAll(exports.files(outDir));
        }
        for (Path file : files) {
            Files.deleteIfExists(file);
        }
    }
}
