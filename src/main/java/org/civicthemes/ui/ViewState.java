package org.civicthemes.ui;

import java.util.Objects;
import org.civicthemes.analysis.RangeFilter;
import org.civicthemes.model.Dataset;
import org.civicthemes.model.ThemeRun;

/**
 * What every view shows at one moment: the dataset, its themes with the analyst's edits (over all the requests
 * that were grouped), and the filter in force. Immutable; a new state is published after each edit or filter
 * change, and views recompute from it.
 *
 * @param dataset the imported requests
 * @param run     the edited themes, before filtering
 * @param filter  the date range, category and district in force
 */
public record ViewState(Dataset dataset, ThemeRun run, RequestFilter filter) {

    public ViewState {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(run, "run");
        Objects.requireNonNull(filter, "filter");
    }

    /** The themes counted over the requests that pass the filter (same theme ids and labels as {@link #run()}). */
    public ThemeRun filteredRun() {
        if (filter.isNone()) {
            return run;
        }
        return RangeFilter.restrict(dataset, run, filter.range(), filter::keeps);
    }

    public ViewState withFilter(RequestFilter value) {
        return new ViewState(dataset, run, value);
    }

    public ViewState withRun(ThemeRun value) {
        return new ViewState(dataset, value, filter);
    }
}
