package org.civicthemes.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.civicthemes.model.Dataset;
import org.civicthemes.model.RequestCube;
import org.civicthemes.model.ThemeAssignment;
import org.civicthemes.model.ThemeRun;

/**
 * The cycle profiles of every theme of a run (Unclear and No description left out), each against the spread of
 * all the run's themed requests: a theme is patterned when its rhythm differs from the city's usual one. The
 * q-values are adjusted across every profile of every theme (one family of tests, Benjamini-Hochberg). The profiles of
 * a {@link RequestCube} leave out the hour of day, which a created day does not tell.
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

    /** The cycles a created day alone tells: month of the year, day of the month, day of the week (not the hour). */
    public static final List<Cycle> DAY_CYCLES = List.of(Cycle.MONTH_OF_YEAR, Cycle.DAY_OF_MONTH, Cycle.DAY_OF_WEEK);

    /** Every cycle's profiles of every theme of the run. */
    public static List<ThemeProfiles> of(Dataset dataset, ThemeRun run) {
        return of(dataset, run, List.of(Cycle.values()));
    }

    /** The profiles over the given cycles only, adjusted as one family (the cycles a cube can tell, for instance). */
    public static List<ThemeProfiles> of(Dataset dataset, ThemeRun run, List<Cycle> cycles) {
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
        if (!anyDate) {
            return new ArrayList<>();
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
        return profiles(times, null, cycles);
    }

    /**
     * The profiles of a cube's themes over the cycles a created day tells ({@link #DAY_CYCLES}): the same counts and
     * statistics as the rows the cube was made of give over those cycles.
     */
    public static List<ThemeProfiles> of(RequestCube cube) {
        int themes = cube.themes();
        int[] sizes = new int[themes];
        boolean anyDate = false;
        for (int cell = 0; cell < cube.size(); cell++) {
            boolean dated = cube.day(cell) != RequestCube.UNDATED && cube.requests(cell) > 0;
            anyDate |= dated;
            if (dated && cube.themeId(cell) >= 0) {
                sizes[cube.themeId(cell)]++;
            }
        }
        if (!anyDate) {
            return new ArrayList<>();
        }
        long[][] times = new long[themes][];
        long[][] weights = new long[themes][];
        for (int t = 0; t < themes; t++) {
            times[t] = new long[sizes[t]];
            weights[t] = new long[sizes[t]];
        }
        int[] filled = new int[themes];
        for (int cell = 0; cell < cube.size(); cell++) {
            int theme = cube.themeId(cell);
            if (theme >= 0 && cube.day(cell) != RequestCube.UNDATED && cube.requests(cell) > 0) {
                times[theme][filled[theme]] = PackedTime.of(LocalDate.ofEpochDay(cube.day(cell)).atStartOfDay());
                weights[theme][filled[theme]++] = cube.requests(cell);
            }
        }
        return profiles(times, weights, DAY_CYCLES);
    }

    private static List<ThemeProfiles> profiles(long[][] times, long[][] weights, List<Cycle> cycles) {
        int themes = times.length;
        double[][] baselines = new double[cycles.size()][];
        for (int c = 0; c < cycles.size(); c++) {
            baselines[c] = SeasonalityFinder.distribution(cycles.get(c), times, weights);
        }
        List<CycleProfile> all = new ArrayList<>();
        for (int t = 0; t < themes; t++) {
            for (int c = 0; c < cycles.size(); c++) {
                all.add(SeasonalityFinder.profile(times[t], weights == null ? null : weights[t], cycles.get(c),
                        baselines[c]));
            }
        }
        List<CycleProfile> adjusted = SeasonalityFinder.adjusted(all);
        int n = cycles.size();
        List<ThemeProfiles> out = new ArrayList<>();
        for (int t = 0; t < themes; t++) {
            out.add(new ThemeProfiles(t, adjusted.subList(t * n, (t + 1) * n)));
        }
        return out;
    }
}
