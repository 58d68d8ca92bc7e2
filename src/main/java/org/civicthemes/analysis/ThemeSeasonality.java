package org.civicthemes.analysis;

import java.util.ArrayList;
import java.util.List;
import org.civicthemes.model.Dataset;
import org.civicthemes.model.ThemeAssignment;
import org.civicthemes.model.ThemeRun;

/**
 * The cycle profiles of every theme of a run (Unclear and No description left out), each against the spread of
 * all the run's themed requests: a theme is patterned when its rhythm differs from the city's usual one. The
 * q-values are adjusted across every profile of every theme (one family of tests, Benjamini-Hochberg).
 */
public final class ThemeSeasonality {

    /** The profiles of one theme, one per cycle, in {@link Cycle} order. */
    public record ThemeProfiles(int themeId, List<CycleProfile> profiles) {

        public ThemeProfiles {
            profiles = List.copyOf(profiles);
        }
    }

    private ThemeSeasonality() {
    }

    public static List<ThemeProfiles> of(Dataset dataset, ThemeRun run) {
        int themes = run.themes().themes().size();
        ThemeAssignment assignment = run.themes().assignment();
        int[] sizes = new int[themes];
        boolean anyDate = false;
        RequestDays days = RequestDays.of(dataset);
        for (int doc = 0; doc < run.size(); doc++) {
            boolean dated = days.epochDay(run.requestIndexes().get(doc)) != RequestDays.UNDATED;
            int theme = assignment.themeOf(doc);
            anyDate |= dated;
            if (dated && theme >= 0) {
                sizes[theme]++;
            }
        }
        List<ThemeProfiles> out = new ArrayList<>();
        if (!anyDate) {
            return out;
        }
        long[][] times = new long[themes][];
        for (int t = 0; t < themes; t++) {
            times[t] = new long[sizes[t]];
        }
        int[] filled = new int[themes];
        for (int doc = 0; doc < run.size(); doc++) {
            int request = run.requestIndexes().get(doc);
            int theme = assignment.themeOf(doc);
            if (theme >= 0 && days.epochDay(request) != RequestDays.UNDATED) {
                times[theme][filled[theme]++] = days.packed(request);
            }
        }
        double[][] baselines = new double[Cycle.values().length][];
        for (Cycle cycle : Cycle.values()) {
            baselines[cycle.ordinal()] = SeasonalityFinder.distribution(cycle, times);
        }
        List<CycleProfile> all = new ArrayList<>();
        for (int t = 0; t < themes; t++) {
            for (Cycle cycle : Cycle.values()) {
                all.add(SeasonalityFinder.profile(times[t], cycle, baselines[cycle.ordinal()]));
            }
        }
        List<CycleProfile> adjusted = SeasonalityFinder.adjusted(all);
        int cycles = Cycle.values().length;
        for (int t = 0; t < themes; t++) {
            out.add(new ThemeProfiles(t, adjusted.subList(t * cycles, (t + 1) * cycles)));
        }
        return out;
    }
}
