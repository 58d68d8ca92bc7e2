package org.civicthemes.analysis;

import java.util.ArrayList;
import java.util.List;
import org.civicthemes.model.Dataset;
import org.civicthemes.model.DateRange;
import org.civicthemes.model.Theme;
import org.civicthemes.model.ThemeAssignment;
import org.civicthemes.model.ThemeGroup;
import org.civicthemes.model.ThemeRun;
import org.civicthemes.model.ThemeSet;

/**
 * An export's check before {@link RangeFilter}: a run narrowed to a date range without finding themes again: the same themes with the same ids and labels,
 * holding only the requests created in the range, with sizes, shares and representatives recomputed for it.
 * This is "filter the existing themes"; every later view (counts, trends, exports) then adds up to the requests
 * in the range.
 */
public final class ThemeRunSlice {

    private ThemeRunSlice() {
    }

    /**
     * The run's requests created in {@code range}. The run itself when the range is all days (undated requests
     * stay in) or already the run's own range.
     *
     * @throws IllegalArgumentException when the range reaches outside the run's range, whose requests outside
     *                                  were never grouped
     */
    public static ThemeRun inRange(Dataset dataset, ThemeRun run, DateRange range) {
        if (range.isAll() || range.equals(run.range())) {
            return run;
        }
        if (!covers(run.range(), range)) {
            throw new IllegalArgumentException("The range " + describe(range) + " reaches outside the days the themes "
                    + "were found in (" + describe(run.range()) + "); choose a range inside it, or find the themes "
                    + "again for the new range.");
        }
        return RangeFilter.restrict(dataset, run, range);
    }

    private static boolean covers(DateRange outer, DateRange inner) {
        boolean fromOk = outer.from() == null || (inner.from() != null && !inner.from().isBefore(outer.from()));
        boolean toOk = outer.to() == null || (inner.to() != null && !inner.to().isAfter(outer.to()));
        return fromOk && toOk;
    }

    private static String describe(DateRange range) {
        return (range.from() == null ? "the start" : range.from().toString()) + " to "
                + (range.to() == null ? "the end" : range.to().toString());
    }
}
