package org.civicthemes.ui;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.Supplier;
import org.civicthemes.model.DateRange;
import org.civicthemes.model.SparkResults;
import org.civicthemes.progress.CancellationToken;
import org.civicthemes.progress.ProgressListener;
import org.civicthemes.workflow.SparkResultsService;

/**
 * Spark results benchmark (a main, not a test): reading a results folder (themes.json and cube.csv) and computing
 * the charts from its cube, with no filter, one year and one district. Args: FOLDER [DISTRICT].
 * Run: java -Xmx2g -cp target/classes:target/test-classes:DEPENDENCIES org.civicthemes.ui.SparkResultsBenchmark DIR
 */
public final class SparkResultsBenchmark {

    private SparkResultsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        String district = args.length > 1 ? args[1] : "District 3";
        for (int round = 0; round < 3; round++) {
            SparkResults results = time("read the results", () -> {
                try {
                    return new SparkResultsService().open(folder, ProgressListener.NONE, CancellationToken.NEVER);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            System.gc();
            Runtime rt = Runtime.getRuntime();
            System.out.printf("%-28s %8d cells, %,d requests, heap in use %d MB%n", "cube", results.cube().size(),
                    results.cube().total(), (rt.totalMemory() - rt.freeMemory()) >> 20);
            ResultsState all = new ResultsState(results, RequestFilter.NONE);
            time("charts, all", all::charts);
            DateRange year = new DateRange(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31));
            time("charts, one year", () -> all.withFilter(RequestFilter.NONE.withRange(year)).charts());
            time("charts, one district", () -> all.withFilter(RequestFilter.NONE.withDistrict(district)).charts());
        }
    }

    private static <T> T time(String what, Supplier<T> work) {
        long t0 = System.nanoTime();
        T result = work.get();
        System.out.printf("%-28s %8.1f ms%n", what, (System.nanoTime() - t0) / 1e6);
        return result;
    }
}
