package org.civicthemes.workflow;

import java.nio.file.Path;
import java.util.Objects;
import org.civicthemes.model.Codebook;
import org.civicthemes.model.DateRange;
import org.civicthemes.model.ImportResult;
import org.civicthemes.model.ThemeRun;

/**
 * One export: the data, the themes as they stand (found, or edited: renamed and merged themes are exported as the
 * run names and groups them), the days to cover, and what to write where.
 *
 * @param imported the dataset and its import report (the source path and SHA-256 come from it)
 * @param run      the themes; the export never relabels or regroups them
 * @param range    the days to export: all, or a range inside the days the run was found in (the run is then
 *                 narrowed to it, keeping its themes)
 * @param text     what the analyst chose about personal data: the kinds kept are not redacted in the export
 *                 (all kinds are redacted by default)
 * @param outDir   the folder the files go to (created if needed)
 * @param choices  formats, overwrite policy and the optional single theme
 * @param narrowing how the run was narrowed besides the range, in words for the reader ("category Pothole,
 *                  district 3"), or empty; the run given must already hold only those requests
 * @param context  the city's FAQ, the emerging choices and the themes' departments
 * @param codebook the codebook that placed the run, or null: the export then shows what changed since it
 */
public record ExportRequest(ImportResult imported, ThemeRun run, DateRange range, TextChoices text, Path outDir,
                            ExportChoices choices, String narrowing, ExportContext context, Codebook codebook) {

    /** An export of a run found from scratch, without the city's FAQ, departments or emerging choices of its own. */
    public ExportRequest(ImportResult imported, ThemeRun run, DateRange range, TextChoices text, Path outDir,
                         ExportChoices choices, String narrowing) {
        this(imported, run, range, text, outDir, choices, narrowing, ExportContext.DEFAULTS, null);
    }

    /** An export of the run as it is, narrowed by nothing but the range. */
    public ExportRequest(ImportResult imported, ThemeRun run, DateRange range, TextChoices text, Path outDir,
                         ExportChoices choices) {
        this(imported, run, range, text, outDir, choices, "");
    }

    /** The same export of a run placed by {@code value}. */
    public ExportRequest withCodebook(Codebook value) {
        return new ExportRequest(imported, run, range, text, outDir, choices, narrowing, context, value);
    }

    /** The same export with other choices (per department, say). */
    public ExportRequest withChoices(ExportChoices value) {
        return new ExportRequest(imported, run, range, text, outDir, value, narrowing, context, codebook);
    }

    /** This export with the city's FAQ, departments and emerging choices of {@code other}. */
    public ExportRequest withContext(ExportContext other) {
        return new ExportRequest(imported, run, range, text, outDir, choices, narrowing, other, codebook);
    }

    public ExportRequest {
        narrowing = narrowing == null ? "" : narrowing.strip();
        Objects.requireNonNull(imported, "imported");
        Objects.requireNonNull(run, "run");
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(outDir, "outDir");
        Objects.requireNonNull(choices, "choices");
        Objects.requireNonNull(context, "context");
        if (choices.theme().isPresent() && run.labelOf(choices.theme().getAsInt()).isEmpty()) {
            int themes = run.themes().themes().size();
            throw new IllegalArgumentException("There is no theme " + ExportChoices.fileIdOf(choices.theme().getAsInt())
                    + " to export: " + (themes == 0 ? "no theme was found" : "the themes are 1 to " + themes)
                    + ", 0 is Unclear and -1 is No description.");
        }
        for (int index : run.requestIndexes()) {
            if (index < 0 || index >= imported.dataset().size()) {
                throw new IllegalArgumentException("The themes were found on another dataset: request " + index
                        + " is not among its " + imported.dataset().size() + " requests.");
            }
        }
    }
}
