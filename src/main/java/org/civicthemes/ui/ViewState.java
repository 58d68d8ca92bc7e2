package org.civicthemes.ui;

import java.lang.ref.WeakReference;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.civicthemes.analysis.RangeFilter;
import org.civicthemes.analysis.SinceCodebook;
import org.civicthemes.model.Codebook;
import org.civicthemes.model.Dataset;
import org.civicthemes.model.ThemeRun;
import org.civicthemes.workflow.TextChoices;

/**
 * What every view shows at one moment: the dataset, its themes with the analyst's edits (over all the requests
 * that were grouped), and the filter in force. Immutable; a new state is published after each edit or filter
 * change, and views recompute from it.
 *
 * @param dataset the imported requests
 * @param run     the edited themes, before filtering
 * @param filter  the date range, category and district in force
 * @param shown   a request's text as the views show it: with the personal data the run redacted replaced, as in the
 *                exports ({@link TextChoices#redaction()})
 * @param codebook the codebook that placed the run (the views then show what changed since it), or null
 */
public record ViewState(Dataset dataset, ThemeRun run, RequestFilter filter, UnaryOperator<String> shown,
                        Codebook codebook) implements ChartsSource {

    /** A state of a run found from scratch. */
    public ViewState(Dataset dataset, ThemeRun run, RequestFilter filter, UnaryOperator<String> shown) {
        this(dataset, run, filter, shown, null);
    }

    public ViewState {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(run, "run");
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(shown, "shown");
    }

    /** A state whose texts are shown with every kind of personal data redacted (the default choices). */
    public ViewState(Dataset dataset, ThemeRun run, RequestFilter filter) {
        this(dataset, run, filter, TextChoices.DEFAULTS.redaction());
    }

    /**
     * The themes counted over the requests that pass the filter (same theme ids and labels as {@link #run()}). The
     * Themes and Charts tabs both ask for it for each new state: the last state's is kept, so a million requests are
     * filtered once per change, not twice.
     */
    public ThemeRun filteredRun() {
        if (filter.isNone()) {
            return run;
        }
        Filtered last = lastFiltered;
        ThemeRun kept = last.state().get() == this ? last.run().get() : null;
        if (kept != null) {
            return kept;
        }
        ThemeRun filtered = RangeFilter.restrict(dataset, run, filter.range(), filter::keeps);
        lastFiltered = new Filtered(new WeakReference<>(this), new WeakReference<>(filtered));
        return filtered;
    }

    /** A state and its filtered run, held weakly so that neither outlives the views that show them. */
    private record Filtered(WeakReference<ViewState> state, WeakReference<ThemeRun> run) {
    }

    /** The last state filtered (compared by identity: the views receive the same published state) and its run. */
    private static volatile Filtered lastFiltered = new Filtered(new WeakReference<>(null), new WeakReference<>(null));

    /**
     * What changed since the codebook over the requests that pass the filter, or null for a run found from scratch.
     * Computed on the caller's thread (the views ask from their counting thread).
     */
    public SinceCodebook sinceCodebook() {
        return codebook == null ? null : SinceCodebook.of(dataset, filteredRun(), codebook, shown);
    }

    @Override
    public ChartsData charts() {
        return ChartsData.of(this);
    }

    public ViewState withFilter(RequestFilter value) {
        return new ViewState(dataset, run, value, shown, codebook);
    }

    public ViewState withRun(ThemeRun value) {
        return new ViewState(dataset, value, filter, shown, codebook);
    }
}
