package org.civicthemes.analysis;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.civicthemes.model.ColumnMapping;
import org.civicthemes.model.Dataset;
import org.civicthemes.model.DateRange;
import org.civicthemes.model.ServiceRequest;
import org.civicthemes.model.SourceFormat;
import org.civicthemes.model.SourceInfo;
import org.civicthemes.model.Theme;
import org.civicthemes.model.ThemeAssignment;
import org.civicthemes.model.ThemeGroup;
import org.civicthemes.model.ThemeOptions;
import org.civicthemes.model.ThemeRun;
import org.civicthemes.model.ThemeSet;

/**
 * Filter benchmark (a main, not a test): how long a date-range change costs on N requests in K themes over
 * about three years, once the day counts are built. Args: N (default 1,000,000), K (default 20).
 * Run: java -cp target/classes:target/test-classes org.civicthemes.analysis.FilterBenchmark 1000000 20
 */
public final class FilterBenchmark {

    private FilterBenchmark() {
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int k = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        Random random = new Random(1);
        LocalDate start = LocalDate.of(2023, 1, 1);
        List<ServiceRequest> requests = new ArrayList<>(n);
        int[] themeOf = new int[n];
        List<Integer> indexes = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            LocalDateTime created = start.plusDays(random.nextInt(1003)).atTime(random.nextInt(24), 0);
            requests.add(new ServiceRequest(i + 2, "", "t", created, null, "", "", "", "", Double.NaN, Double.NaN, ""));
            themeOf[i] = random.nextInt(k);
            indexes.add(i);
        }
        ThemeAssignment assignment = new ThemeAssignment(themeOf);
        List<Theme> themes = new ArrayList<>();
        for (int t = 0; t < k; t++) {
            themes.add(new Theme(t, "t" + t, assignment.documentsOf(t).length, 1.0 / k, List.of(), List.of(), 0.5));
        }
        ThemeRun run = new ThemeRun(new ThemeSet(themes, assignment, new ThemeGroup(ThemeGroup.UNCLEAR, 0, 0),
                new ThemeGroup(ThemeGroup.NO_DESCRIPTION, 0, 0), ThemeOptions.DEFAULTS.withThemes(k), List.of()),
                indexes, DateRange.ALL, Map.of(), Map.of());
        Dataset dataset = new Dataset(new SourceInfo("bench", "", "", SourceFormat.DELIMITED_TEXT, "", 1, "", ""),
                List.of(), ColumnMapping.empty(), requests);

        long t0 = System.nanoTime();
        ThemeDayCounts counts = ThemeDayCounts.of(dataset, run);
        long built = System.nanoTime() - t0;
        long sink = 0;
        int changes = 1000;
        long t1 = System.nanoTime();
        for (int c = 0; c < changes; c++) {
            LocalDate from = start.plusDays(random.nextInt(900));
            DateRange range = new DateRange(from, from.plusDays(random.nextInt(365)));
            sink += counts.countsIn(range).total();
            sink += Trends.of(counts, range, Period.MONTH).size();
        }
        long perChange = (System.nanoTime() - t1) / changes;
        System.out.printf("%,d requests, %d themes: day counts built in %.1f ms; a filter change (range counts + "
                + "monthly trends) %.3f ms on average over %d changes (%d)%n", n, k, built / 1e6, perChange / 1e6,
                changes, sink % 10);
    }
}
