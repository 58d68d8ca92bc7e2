package org.civicthemes.ui;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.civicthemes.analysis.Period;
import org.civicthemes.model.ColumnAssignment;
import org.civicthemes.model.ColumnMapping;
import org.civicthemes.model.ColumnRole;
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
 * Charts benchmark (a main, not a test): what a new state costs the Charts tab on N requests in K themes over
 * about three years, with 40 categories and 9 districts. Args: N (default 1,000,000), K (default 20).
 * Run: java -Xmx2g -cp target/classes:target/test-classes:JAVAFX_JARS org.civicthemes.ui.ChartsBenchmark 1000000 20
 */
public final class ChartsBenchmark {

    private ChartsBenchmark() {
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int k = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        ViewState state = state(n, k, new Random(1));
        for (int round = 0; round < 3; round++) {
            time("all requests", () -> ChartsData.of(state));
            DateRange year = new DateRange(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31));
            time("one year", () -> ChartsData.of(state.withFilter(RequestFilter.NONE.withRange(year))));
            time("one district", () -> ChartsData.of(state.withFilter(RequestFilter.NONE.withDistrict("District 3"))));
            ChartsData data = ChartsData.of(state);
            List<Integer> top = data.largestThemes(ChartsViewModel.TOP_THEMES);
            time("trends by day, 8 themes", () -> data.trends(Period.DAY, top));
            time("emerging by month", () -> data.emerging(Period.MONTH, ChartsViewModel.DEFAULT_BASELINE_PERIODS));
        }
    }

    private static void time(String what, Runnable work) {
        long t0 = System.nanoTime();
        work.run();
        System.out.printf("%-28s %8.1f ms%n", what, (System.nanoTime() - t0) / 1e6);
    }

    private static ViewState state(int n, int k, Random random) {
        LocalDate start = LocalDate.of(2023, 1, 1);
        List<ServiceRequest> requests = new ArrayList<>(n);
        int[] themeOf = new int[n];
        List<Integer> indexes = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            LocalDateTime created = start.plusDays(random.nextInt(1003)).atTime(random.nextInt(24), 0);
            requests.add(new ServiceRequest(i + 2, "", "t", created, null, "Category " + random.nextInt(40), "",
                    "District " + (1 + random.nextInt(9)), "", Double.NaN, Double.NaN, ""));
            themeOf[i] = random.nextInt(k + 1) - (i % 50 == 0 ? 2 : 0);
            themeOf[i] = themeOf[i] == k ? ThemeAssignment.UNCLEAR : Math.max(themeOf[i], ThemeAssignment.NO_DESCRIPTION);
            indexes.add(i);
        }
        ThemeAssignment assignment = new ThemeAssignment(themeOf);
        List<Theme> themes = new ArrayList<>();
        for (int t = 0; t < k; t++) {
            themes.add(new Theme(t, "theme " + t, assignment.documentsOf(t).length, 1.0 / k, List.of(), List.of(), 0.5));
        }
        ThemeRun run = new ThemeRun(new ThemeSet(themes, assignment, new ThemeGroup(ThemeGroup.UNCLEAR, 0, 0),
                new ThemeGroup(ThemeGroup.NO_DESCRIPTION, 0, 0), ThemeOptions.DEFAULTS.withThemes(k), List.of()),
                indexes, DateRange.ALL, Map.of(), Map.of());
        ColumnMapping mapping = new ColumnMapping(List.of(
                new ColumnAssignment(ColumnRole.CATEGORY, List.of("Category"), 1, ""),
                new ColumnAssignment(ColumnRole.DISTRICT, List.of("District"), 1, "")));
        Dataset dataset = new Dataset(new SourceInfo("bench", "", "", SourceFormat.DELIMITED_TEXT, "", 1, "", ""),
                List.of("Category", "District"), mapping, requests);
        return new ViewState(dataset, run, RequestFilter.NONE);
    }
}
