package org.civicthemes.analysis;

import java.time.LocalDate;
import java.time.LocalDateTime;
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
        List<List<LocalDateTime>> times = new ArrayList<>();
        for (int t = 0; t < themes; t++) {
            times.add(new ArrayList<>());
        }
        LocalDate first = null;
        ThemeAssignment assignment = run.themes().assignment();
        for (int doc = 0; doc < run.size(); doc++) {
            LocalDateTime created = dataset.requests().get(run.requestIndexes().get(doc)).created();
            if (created == null) {
                continue;
            }
            LocalDate day = created.toLocalDate();
            first = first == null || day.isBefore(first) ? day : first;
            int theme = assignment.themeOf(doc);
            if (theme >= 0) {
                times.get(theme).add(created);
            }
        }
        List<ThemeProfiles> out = new ArrayList<>();
        if (first == null) {
            return out;
        }
        List<LocalDateTime> allTimes = new ArrayList<>();
        times.forEach(allTimes::addAll);
        double[][] baselines = new double[Cycle.values().length][];
        for (Cycle cycle : Cycle.values()) {
            baselines[cycle.ordinal()] = SeasonalityFinder.distribution(cycle, allTimes);
        }
        List<CycleProfile> all = new ArrayList<>();
        for (int t = 0; t < themes; t++) {
            for (Cycle cycle : Cycle.values()) {
                all.add(SeasonalityFinder.profile(times.get(t), cycle, baselines[cycle.ordinal()]));
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
