package org.civicthemes.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.civicthemes.model.Dataset;
import org.civicthemes.model.ServiceRequest;
import org.civicthemes.model.Theme;
import org.civicthemes.model.ThemeAssignment;
import org.civicthemes.model.ThemeGroup;
import org.civicthemes.model.ThemeRun;
import org.civicthemes.model.ThemeSet;
import org.civicthemes.model.DateRange;

/**
 * "Filter the existing themes": the part of a run whose requests were created in a date range, with the same
 * themes (same ids, labels and terms, in the same order, even when a theme has no request in the range) and
 * sizes and shares counted in the range. Representatives outside the range are left out. The text step's
 * counts (redactions, languages) stay those of the whole run.
 */
public final class RangeFilter {

    private RangeFilter() {
    }

    /** The run restricted to {@code range}; the run itself when the range is all. */
    public static ThemeRun restrict(Dataset dataset, ThemeRun run, DateRange range) {
        if (range.isAll()) {
            return run;
        }
        return restrict(dataset, run, range, request -> true);
    }

    /**
     * The run restricted to the requests created in {@code range} (any request, dated or not, when the range is
     * all) that {@code keep} accepts, such as one category or district.
     */
    public static ThemeRun restrict(Dataset dataset, ThemeRun run, DateRange range, Predicate<ServiceRequest> keep) {
        ThemeAssignment assignment = run.themes().assignment();
        int[] newDocument = new int[run.size()];
        List<Integer> requests = new ArrayList<>();
        List<Integer> themeOf = new ArrayList<>();
        for (int d = 0; d < run.size(); d++) {
            int request = run.requestIndexes().get(d);
            newDocument[d] = -1;
            ServiceRequest r = dataset.requests().get(request);
            if ((range.isAll() || range.contains(r.created())) && keep.test(r)) {
                newDocument[d] = requests.size();
                requests.add(request);
                themeOf.add(assignment.themeOf(d));
            }
        }
        int themes = run.themes().themes().size();
        int[] counts = new int[ThemeGroups.count(themes)];
        int grouped = 0;
        for (int t : themeOf) {
            if (t != ThemeAssignment.NOT_GROUPED) {
                counts[ThemeGroups.of(t, themes)]++;
                grouped++;
            }
        }
        List<Theme> restricted = new ArrayList<>(themes);
        for (Theme theme : run.themes().themes()) {
            List<Integer> representatives = theme.representatives().stream()
                    .map(d -> newDocument[d]).filter(d -> d >= 0).toList();
            int size = counts[theme.id()];
            restricted.add(new Theme(theme.id(), theme.label(), size, ThemeSet.share(size, grouped), theme.topTerms(),
                    representatives, theme.cohesion()));
        }
        ThemeSet old = run.themes();
        int unclear = counts[ThemeGroups.of(ThemeAssignment.UNCLEAR, themes)];
        int noDescription = counts[ThemeGroups.of(ThemeAssignment.NO_DESCRIPTION, themes)];
        ThemeSet set = new ThemeSet(restricted,
                new ThemeAssignment(themeOf.stream().mapToInt(Integer::intValue).toArray()),
                new ThemeGroup(old.unclear().label(), unclear, ThemeSet.share(unclear, grouped)),
                new ThemeGroup(old.noDescription().label(), noDescription, ThemeSet.share(noDescription, grouped)),
                old.options(), old.kScores(), old.meaning());
        return new ThemeRun(set, requests, range, run.redactions(), run.languages(), run.identity());
    }

}
