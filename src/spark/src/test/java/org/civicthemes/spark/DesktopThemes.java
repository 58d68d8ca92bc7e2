package org.civicthemes.spark;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.civicthemes.model.Codebook;
import org.civicthemes.model.Dataset;
import org.civicthemes.model.DateRange;
import org.civicthemes.model.ImportOptions;
import org.civicthemes.model.ImportResult;
import org.civicthemes.model.ThemeAssignment;
import org.civicthemes.model.ThemeRun;
import org.civicthemes.progress.CancellationToken;
import org.civicthemes.progress.ProgressListener;
import org.civicthemes.workflow.CodebookService;
import org.civicthemes.workflow.ImportService;

/** The desktop's side of the job's tests: an export imported, and its requests' themes as the desktop gives them. */
final class DesktopThemes {

    private DesktopThemes() {
    }

    /** An export as the desktop imports it, every column role found. */
    static ImportResult importOf(Path file) throws Exception {
        return new ImportService().importFile(file, ImportOptions.DETECT_ALL, ProgressListener.NONE,
                CancellationToken.NEVER);
    }

    /** Source row -> theme id of a codebook run, as the desktop's assignments.csv gives it. */
    static Map<Integer, Integer> placedBy(Codebook codebook, CodebookService codebooks, ImportResult imported)
            throws Exception {
        ThemeRun run = codebooks.apply(imported.dataset(), DateRange.ALL, codebook, "codebook", ProgressListener.NONE,
                CancellationToken.NEVER);
        return byRow(imported.dataset(), run);
    }

    /** Source row -> theme id (a codebook's id; 0 Unclear, -1 No description), as assignments.csv gives it. */
    static Map<Integer, Integer> byRow(Dataset dataset, ThemeRun run) {
        int[] assignment = run.themes().assignment().toArray();
        Map<Integer, Integer> themes = new HashMap<>();
        for (int doc = 0; doc < assignment.length; doc++) {
            int internal = assignment[doc];
            int id = internal == ThemeAssignment.UNCLEAR ? 0 : internal == ThemeAssignment.NO_DESCRIPTION ? -1
                    : run.identity().idOf(internal);
            themes.put(dataset.requests().get(run.requestIndexes().get(doc)).sourceRow(), id);
        }
        return themes;
    }
}
