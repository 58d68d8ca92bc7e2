package org.civicthemes.workflow;

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
 * A theme run cut down to the requests created in a date range: theme ids and labels kept, sizes and shares
 * recomputed over the requests in the range, representatives outside it dropped.
 *
 * <p>Stand-in until {@code analysis.RangeFilter.restrict(Dataset, ThemeRun, DateRange)} (in main) is in this
 * branch: then {@link AnalyzeService#findThemes} calls that, keeps the empty-range failure
 * ({@link ThemeService#noRequestsIn}; RangeFilter returns an empty run), and this class goes.
 */
final class RunInRange {

    private RunInRange() {
    }

    /** @throws IllegalArgumentException when no request of the run was created in the range */
    static ThemeRun restrict(Dataset dataset, ThemeRun run, DateRange range) {
        ThemeAssignment all = run.themes().assignment();
        List<Integer> indexes = new ArrayList<>();
        int[] newDocOf = new int[run.size()];
        List<Integer> themeOf = new ArrayList<>();
        for (int doc = 0; doc < run.size(); doc++) {
            int request = run.requestIndexes().get(doc);
            newDocOf[doc] = -1;
            if (range.contains(dataset.requests().get(request).created())) {
                newDocOf[doc] = indexes.size();
                indexes.add(request);
                themeOf.add(all.themeOf(doc));
            }
        }
        if (indexes.isEmpty()) {
            throw ThemeService.noRequestsIn(range);
        }
        ThemeAssignment assignment = new ThemeAssignment(themeOf.stream().mapToInt(Integer::intValue).toArray());
        double total = indexes.size();
        List<Theme> themes = new ArrayList<>();
        for (Theme t : run.themes().themes()) {
            int size = assignment.documentsOf(t.id()).length;
            List<Integer> representatives = t.representatives().stream().map(d -> newDocOf[d]).filter(d -> d >= 0)
                    .toList();
            themes.add(new Theme(t.id(), t.label(), size, size / total, t.topTerms(), representatives, t.cohesion()));
        }
        int unclear = assignment.documentsOf(ThemeAssignment.UNCLEAR).length;
        int noDescription = assignment.documentsOf(ThemeAssignment.NO_DESCRIPTION).length;
        ThemeSet set = run.themes();
        return new ThemeRun(new ThemeSet(themes, assignment, new ThemeGroup(set.unclear().label(), unclear,
                unclear / total), new ThemeGroup(set.noDescription().label(), noDescription, noDescription / total),
                set.options(), set.kScores()), indexes, range, run.redactions(), run.languages());
    }
}
