package org.civicthemes.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.civicthemes.analysis.Period;
import org.civicthemes.model.DateRange;
import org.civicthemes.testdata.SyntheticRequests;

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
        SyntheticRequests requests = SyntheticRequests.generate(n, k, random);
        return new ViewState(requests.dataset(), requests.run(), RequestFilter.NONE);
    }
}
