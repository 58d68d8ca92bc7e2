package org.civicthemes.analysis;

import java.time.LocalDate;
import java.util.Random;
import org.civicthemes.model.Dataset;
import org.civicthemes.model.DateRange;
import org.civicthemes.model.ThemeRun;
import org.civicthemes.testdata.SyntheticRequests;

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
        LocalDate start = SyntheticRequests.FIRST_DAY;
        SyntheticRequests requests = SyntheticRequests.generate(n, k, random);
        Dataset dataset = requests.dataset();
        ThemeRun run = requests.run();

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
