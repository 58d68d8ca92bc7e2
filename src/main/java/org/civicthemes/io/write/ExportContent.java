package org.civicthemes.io.write;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.function.UnaryOperator;
import org.civicthemes.analysis.CrossTab;
import org.civicthemes.analysis.FaqCandidate;
import org.civicthemes.analysis.ThemeGroups;
import org.civicthemes.analysis.ThemeChange;
import org.civicthemes.analysis.SinceCodebook;
import org.civicthemes.analysis.ThemeSeasonality;
import org.civicthemes.analysis.TrendPoint;
import org.civicthemes.analysis.TrendVerdict;
import org.civicthemes.model.CityFaq;
import org.civicthemes.model.Dataset;
import org.civicthemes.model.DateRange;
import org.civicthemes.model.ImportReport;
import org.civicthemes.model.ThemeRun;

/**
 * Everything one export shows, computed before any file is written; the writers only lay it out. Labels, sizes
 * and groups come from the run as it is (renamed or merged themes included): writers never recompute them.
 *
 * @param dataset      the imported requests
 * @param report       the import report of the dataset
 * @param run          the themes, narrowed to {@code range}: every request it holds is in the export's range
 * @param range        the days the export covers
 * @param dataDays     the first and last day with a request in the range (both null when none has a date)
 * @param onlyTheme    the one theme (id of {@link org.civicthemes.model.ThemeAssignment}) a per-theme export
 *                     shows, or empty for all themes
 * @param monthly      counts per group per month over the range
 * @param verdicts     the latest month of every group against its baseline
 * @param changes      the change of every group (index = group), as every face shows it
 * @param seasonality  cycle profiles of every theme
 * @param categories   themes against the official category, or null when the source has no category column
 * @param faq          question candidates by theme, already redacted
 * @param requestText  what a request's text becomes in the export (redaction, unless switched off)
 * @param redactionNote one sentence that says what was redacted, or that nothing was
 * @param fullyRedacted true when every kind of personal data was redacted (the default)
 * @param about        the facts of the About part, in order
 * @param madeAt       when the export was made
 * @param version      the CivicThemes version that made it
 * @param narrowing    what narrowed the export besides the range, for its title; empty for nothing
 * @param department   the department a per-department export is for, empty otherwise
 * @param onlyThemes   the themes (ids of {@link org.civicthemes.model.ThemeAssignment}) a per-department export
 *                     shows, empty otherwise
 * @param sinceCodebook what changed since the codebook that placed the run, or null for a run found from scratch
 * @param cityFaq      the city's FAQ the questions were matched with, or {@link CityFaq#NONE}
 * @param departments  theme id to department, for the themes a codebook names a department for
 */
public record ExportContent(Dataset dataset, ImportReport report, ThemeRun run, DateRange range, DateRange dataDays,
                            OptionalInt onlyTheme, List<TrendPoint> monthly, List<TrendVerdict> verdicts,
                            List<ThemeChange> changes,
                            List<ThemeSeasonality.ThemeProfiles> seasonality, CrossTab categories,
                            List<FaqCandidate> faq, UnaryOperator<String> requestText, String redactionNote,
                            boolean fullyRedacted, List<ExportFact> about, Instant madeAt, String version,
                            String narrowing, String department, java.util.Set<Integer> onlyThemes,
                            SinceCodebook sinceCodebook, CityFaq cityFaq, java.util.Map<Integer, String> departments) {

    public ExportContent {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(run, "run");
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(dataDays, "dataDays");
        Objects.requireNonNull(onlyTheme, "onlyTheme");
        monthly = List.copyOf(monthly);
        verdicts = List.copyOf(verdicts);
        changes = List.copyOf(changes);
        seasonality = List.copyOf(seasonality);
        faq = List.copyOf(faq);
        Objects.requireNonNull(requestText, "requestText");
        Objects.requireNonNull(redactionNote, "redactionNote");
        about = List.copyOf(about);
        Objects.requireNonNull(madeAt, "madeAt");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(department, "department");
        onlyThemes = java.util.Set.copyOf(onlyThemes);
        Objects.requireNonNull(cityFaq, "cityFaq");
        departments = java.util.Map.copyOf(departments);
        for (int t : onlyThemes) {
            if (run.labelOf(t).isEmpty()) {
                throw new IllegalArgumentException("No theme " + t + " in the run");
            }
        }
        if (onlyTheme.isPresent() && run.labelOf(onlyTheme.getAsInt()).isEmpty()) {
            throw new IllegalArgumentException("No theme " + onlyTheme.getAsInt() + " in the run");
        }
    }

    /** Whether the run was placed by a codebook: the export then shows what changed since it. */
    public boolean fromCodebook() {
        return sinceCodebook != null;
    }

    /** The codebook themes the export shows, as {@link SinceCodebook} counts them (empty without a codebook). */
    public List<SinceCodebook.Kept> keptShown() {
        return sinceCodebook == null ? List.of() : sinceCodebook.themes().stream()
                .filter(k -> shows(ThemeGroups.of(k.position(), themeCount()))).toList();
    }

    /** The proposed new themes the export shows (empty without a codebook). */
    public List<SinceCodebook.Proposed> proposedShown() {
        return sinceCodebook == null ? List.of() : sinceCodebook.proposed().stream()
                .filter(p -> shows(ThemeGroups.of(p.position(), themeCount()))).toList();
    }

    /** Number of themes in the run (Unclear and No description not counted). */
    public int themeCount() {
        return run.themes().themes().size();
    }

    /** The groups (indexes of {@link ThemeGroups}) the export shows, in index order. */
    public List<Integer> groups() {
        if (onlyTheme.isPresent()) {
            return List.of(ThemeGroups.of(onlyTheme.getAsInt(), themeCount()));
        }
        List<Integer> all = new ArrayList<>();
        for (int g = 0; g < ThemeGroups.count(themeCount()); g++) {
            if (shows(g)) {
                all.add(g);
            }
        }
        return all;
    }

    /** Whether a group is shown. */
    public boolean shows(int group) {
        if (!onlyThemes.isEmpty()) {
            return onlyThemes.contains(ThemeGroups.themeId(group, themeCount()));
        }
        return onlyTheme.isEmpty() || group == ThemeGroups.of(onlyTheme.getAsInt(), themeCount());
    }

    /** Whether the export shows some themes only (one theme, or a department's). */
    public boolean isPartial() {
        return onlyTheme.isPresent() || !onlyThemes.isEmpty();
    }

    /** The label of the total of the themes shown. */
    public String totalLabel() {
        return onlyTheme.isPresent() ? "Total (this theme)" : onlyThemes.isEmpty() ? "Total" : "Total (these themes)";
    }

    /** The theme id as files show it (themes from 1, Unclear 0, No description -1) of a group. */
    public int fileIdOf(int group) {
        return ThemeIds.external(run, ThemeGroups.themeId(group, themeCount()));
    }

    /** Whether a group is a theme a codebook run proposes as new (false for runs without a codebook). */
    public boolean isProposed(int group) {
        int themeId = ThemeGroups.themeId(group, themeCount());
        return themeId >= 0 && run.identity().isProposed(themeId);
    }

    /** The label of a group, as the run names it. */
    public String labelOf(int group) {
        return run.labelOf(ThemeGroups.themeId(group, themeCount()));
    }

    /** The department of a group's theme, empty when its theme names none. */
    public String departmentOf(int group) {
        return departments.getOrDefault(ThemeGroups.themeId(group, themeCount()), "");
    }

    /** The requests of a group in the range. */
    public long sizeOf(int group) {
        int themeId = ThemeGroups.themeId(group, themeCount());
        if (themeId >= 0) {
            return run.themes().themes().get(themeId).size();
        }
        return themeId == org.civicthemes.model.ThemeAssignment.UNCLEAR ? run.themes().unclear().size()
                : run.themes().noDescription().size();
    }

    /** The requests the export holds: all requests in the range, or those of its one theme. */
    public long exported() {
        return groups().stream().mapToLong(this::sizeOf).sum();
    }
}
