package org.civicthemes.workflow;

import java.nio.file.Path;
import java.util.List;
import org.civicthemes.model.ImportResult;
import org.civicthemes.model.ThemeRun;

/**
 * What a run produced.
 *
 * @param imported     the dataset and its import report
 * @param inRange      imported requests whose created date lies in the run's date range
 * @param themes       the themes found in the range, or null when the run stopped after the import
 * @param written      the files written, in order
 * @param notes        sentences for the analyst about the outputs (for example why a file has no rows)
 */
public record AnalyzeOutcome(ImportResult imported, long inRange, ThemeRun themes, List<Path> written,
                             List<String> notes) {

    public AnalyzeOutcome {
        written = List.copyOf(written);
        notes = List.copyOf(notes);
    }
}
