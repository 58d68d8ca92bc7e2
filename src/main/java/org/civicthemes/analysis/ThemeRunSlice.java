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
 * A run narrowed to a date range without finding themes again: the same themes with the same ids and labels,
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
        int[] newIndexOf = new int[run.size()];
        List<Integer> kept = new ArrayList<>();
        for (int doc = 0; doc < run.size(); doc++) {
            int index = run.requestIndexes().get(doc);
            if (range.contains(dataset.requests().get(index).created())) {
                newIndexOf[doc] = kept.size();
                kept.add(index);
            } else {
                newIndexOf[doc] = -1;
            }
        }
        ThemeSet set = run.themes();
        int themes = set.themes().size();
        int[] assignment = new int[kept.size()];
        int[] sizes = new int[ThemeGroups.count(themes)];
        for (int doc = 0; doc < run.size(); doc++) {
            if (newIndexOf[doc] >= 0) {
                int theme = set.assignment().themeOf(doc);
                assignment[newIndexOf[doc]] = theme;
                sizes[ThemeGroups.of(theme, themes)]++;
            }
        }
        double total = kept.size();
        List<Theme> narrowed = new ArrayList<>(themes);
        for (Theme t : set.themes()) {
            List<Integer> representatives = new ArrayList<>();
            for (int doc : t.representatives()) {
                if (newIndexOf[doc] >= 0) {
                    representatives.add(newIndexOf[doc]);
                }
            }
            int size = sizes[t.id()];
            narrowed.add(new Theme(t.id(), t.label(), size, share(size, total), t.topTerms(), representatives,
                    t.cohesion()));
        }
        int unclear = sizes[ThemeGroups.of(ThemeAssignment.UNCLEAR, themes)];
        int noDescription = sizes[ThemeGroups.of(ThemeAssignment.NO_DESCRIPTION, themes)];
        ThemeSet narrowedSet = new ThemeSet(narrowed, new ThemeAssignment(assignment),
                new ThemeGroup(set.unclear().label(), unclear, share(unclear, total)),
                new ThemeGroup(set.noDescription().label(), noDescription, share(noDescription, total)),
                set.options(), set.kScores());
        return new ThemeRun(narrowedSet, kept, range, run.redactions(), run.languages());
    }

    private static boolean covers(DateRange outer, DateRange inner) {
        boolean fromOk = outer.from() == null || (inner.from() != null && !inner.from().isBefore(outer.from()));
        boolean toOk = outer.to() == null || (inner.to() != null && !inner.to().isAfter(outer.to()));
        return fromOk && toOk;
    }

    private static double share(int size, double total) {
        return total == 0 ? 0 : size / total;
    }

    private static String describe(DateRange range) {
        return (range.from() == null ? "the start" : range.from().toString()) + " to "
                + (range.to() == null ? "the end" : range.to().toString());
    }
}
