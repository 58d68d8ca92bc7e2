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
 * sizes and shares counted in the range. A theme's representatives are its representatives in the range, then,
 * while there are fewer than the run asked for, its most typical other requests in the range
 * ({@link ThemeAssignment#typicality}), a wording already shown going last: a theme with hundreds of requests in
 * "Last 90 days" shows its most typical ones even when the run's own representatives are older (issue 15). The text
 * step's counts (redactions, languages) stay those of the whole run.
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
        int[] themeOfAll = new int[run.size()];
        RequestDays days = RequestDays.of(dataset);
        long from = RequestDays.from(range);
        long to = RequestDays.to(range);
        for (int d = 0; d < run.size(); d++) {
            Integer request = run.requestIndexes().get(d); // the run's own Integer: no new box per request
            newDocument[d] = -1;
            if (days.in(request, range, from, to) && keep.test(dataset.requests().get(request))) {
                themeOfAll[requests.size()] = assignment.themeOf(d);
                newDocument[d] = requests.size();
                requests.add(request);
            }
        }
        int[] themeOf = java.util.Arrays.copyOf(themeOfAll, requests.size());
        int themes = run.themes().themes().size();
        int[] counts = new int[ThemeGroups.count(themes)];
        int grouped = 0;
        for (int t : themeOf) {
            if (t != ThemeAssignment.NOT_GROUPED) {
                counts[ThemeGroups.of(t, themes)]++;
                grouped++;
            }
        }
        int wanted = run.themes().options().representatives();
        List<List<Integer>> kept = new ArrayList<>(themes);
        boolean[] isShort = new boolean[themes];
        boolean anyShort = false;
        for (Theme theme : run.themes().themes()) {
            List<Integer> inRange = theme.representatives().stream()
                    .map(d -> newDocument[d]).filter(d -> d >= 0).toList();
            kept.add(inRange);
            isShort[theme.id()] = inRange.size() < Math.min(wanted, counts[theme.id()]);
            anyShort |= isShort[theme.id()];
        }
        float[] typicality = null;
        if (assignment.hasTypicality()) {
            typicality = new float[requests.size()];
            for (int d = 0; d < run.size(); d++) {
                if (newDocument[d] >= 0) {
                    typicality[newDocument[d]] = assignment.typicality(d);
                }
            }
            if (anyShort) {
                fill(dataset, requests, themeOf, typicality, kept, isShort, wanted);
            }
        }
        List<Theme> restricted = new ArrayList<>(themes);
        for (Theme theme : run.themes().themes()) {
            int size = counts[theme.id()];
            restricted.add(new Theme(theme.id(), theme.label(), size, ThemeSet.share(size, grouped), theme.topTerms(),
                    kept.get(theme.id()), theme.cohesion()));
        }
        ThemeSet old = run.themes();
        int unclear = counts[ThemeGroups.of(ThemeAssignment.UNCLEAR, themes)];
        int noDescription = counts[ThemeGroups.of(ThemeAssignment.NO_DESCRIPTION, themes)];
        ThemeSet set = new ThemeSet(restricted,
                new ThemeAssignment(themeOf, typicality),
                new ThemeGroup(old.unclear().label(), unclear, ThemeSet.share(unclear, grouped)),
                new ThemeGroup(old.noDescription().label(), noDescription, ThemeSet.share(noDescription, grouped)),
                old.options(), old.kScores(), old.meaning());
        return new ThemeRun(set, requests, range, run.redactions(), run.languages(), run.identity());
    }

    /** Candidates looked at per representative wanted, so that repeated wordings can go last. */
    private static final int CANDIDATES_PER_PLACE = 4;

    /**
     * Adds to each short theme's representatives its most typical other documents (ties: the lower document), in
     * one pass over the documents; a wording (case and spaces aside) already kept goes after the other candidates.
     */
    private static void fill(Dataset dataset, List<Integer> requests, int[] themeOf, float[] typicality,
                             List<List<Integer>> kept, boolean[] isShort, int wanted) {
        int themes = kept.size();
        int places = wanted * CANDIDATES_PER_PLACE;
        int[][] best = new int[themes][];
        int[] sizes = new int[themes];
        for (int t = 0; t < themes; t++) {
            best[t] = isShort[t] ? new int[places] : null;
        }
        for (int d = 0; d < themeOf.length; d++) {
            int t = themeOf[d];
            if (t < 0 || best[t] == null || kept.get(t).contains(d)) {
                continue;
            }
            int[] b = best[t];
            int size = sizes[t];
            int at = size;
            while (at > 0 && typicality[d] > typicality[b[at - 1]]) {
                at--;
            }
            if (at >= places) {
                continue;
            }
            int last = Math.min(size, places - 1);
            System.arraycopy(b, at, b, at + 1, last - at);
            b[at] = d;
            sizes[t] = Math.min(size + 1, places);
        }
        for (int t = 0; t < themes; t++) {
            if (best[t] == null) {
                continue;
            }
            List<Integer> out = new ArrayList<>(kept.get(t));
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (int d : out) {
                seen.add(wording(dataset, requests.get(d)));
            }
            List<Integer> repeats = new ArrayList<>();
            for (int i = 0; i < sizes[t] && out.size() < wanted; i++) {
                int d = best[t][i];
                if (seen.add(wording(dataset, requests.get(d)))) {
                    out.add(d);
                } else {
                    repeats.add(d);
                }
            }
            for (int i = 0; i < repeats.size() && out.size() < wanted; i++) {
                out.add(repeats.get(i));
            }
            kept.set(t, out);
        }
    }

    private static String wording(Dataset dataset, int request) {
        return dataset.requests().get(request).text().strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
    }
}
