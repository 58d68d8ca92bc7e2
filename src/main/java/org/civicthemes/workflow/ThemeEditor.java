package org.civicthemes.workflow;

import java.util.ArrayList;
import java.util.List;
import org.civicthemes.analysis.ThemeEdits;
import org.civicthemes.model.Dataset;
import org.civicthemes.model.ThemeEdit;
import org.civicthemes.model.ThemeOptions;
import org.civicthemes.model.ThemeRun;
import org.civicthemes.progress.CancellationToken;
import org.civicthemes.progress.ProgressListener;
import org.civicthemes.text.TextOptions;

/**
 * Applies the analyst's edits to the themes of one dataset, including a split, which finds themes again among
 * one theme's requests with the run's own options and seed (so replaying the same edits gives the same themes).
 */
public final class ThemeEditor {

    /** Fewest requests per part for a split to make sense. */
    public static final int MIN_REQUESTS_PER_PART = 5;

    private final Dataset dataset;
    private final TextOptions text;
    private final ThemeService themeService = new ThemeService();

    public ThemeEditor(Dataset dataset, TextChoices text) {
        this.dataset = dataset;
        this.text = text.toTextOptions();
    }

    /**
     * @throws IllegalArgumentException when the edit does not fit the run, with a sentence for the analyst
     */
    public ThemeRun apply(ThemeRun run, ThemeEdit edit, ProgressListener progress, CancellationToken cancel) {
        if (edit instanceof ThemeEdit.Regrouping regrouping) {
            return ThemeEdits.apply(run, regrouping);
        }
        ThemeEdit.Split split = (ThemeEdit.Split) edit; // the only other kind of the sealed ThemeEdit
        if (split.theme() < 0 || split.theme() >= run.themes().themes().size()) {
            throw new IllegalArgumentException("There is no theme " + split.theme() + " to split");
        }
        int[] members = run.themes().assignment().documentsOf(split.theme());
        if (members.length < split.parts() * MIN_REQUESTS_PER_PART) {
            throw new IllegalArgumentException("'" + run.labelOf(split.theme()) + "' has " + members.length
                    + " requests: too few to split into " + split.parts() + " themes (at least "
                    + split.parts() * MIN_REQUESTS_PER_PART + " are needed)");
        }
        List<Integer> requests = new ArrayList<>(members.length);
        for (int d : members) {
            requests.add(run.requestIndexes().get(d));
        }
        ThemeOptions options = run.themes().options().withThemes(split.parts()).withUnclearThreshold(0);
        return ThemeEdits.split(run, split.theme(),
                themeService.findThemesAmong(dataset, requests, options, text, progress, cancel));
    }

    /** Applies edits in order, as a project stores them. */
    public ThemeRun replay(ThemeRun run, List<ThemeEdit> edits, ProgressListener progress, CancellationToken cancel) {
        ThemeRun current = run;
        for (ThemeEdit edit : edits) {
            current = apply(current, edit, progress, cancel);
        }
        return current;
    }
}
