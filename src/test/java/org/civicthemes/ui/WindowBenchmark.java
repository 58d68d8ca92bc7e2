package org.civicthemes.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import javafx.beans.property.SimpleObjectProperty;
import org.civicthemes.model.DateRange;
import org.civicthemes.testdata.SyntheticRequests;

/**
 * Window latency benchmark (a main, not a test; issue 15, item 11): what a filter change and a theme selection cost
 * the view models on N requests in K themes, everything on the calling thread as the tests run them (in the
 * workbench the counts and charts run on worker threads; the FX thread only sets the lists). A filter change is
 * the Themes tab's counts plus the Charts tab's data; a theme selection lists the theme's representatives and
 * requests. Args: N (default 1,000,000), K (default 20), rounds (default 5).
 * Run: java -Xmx2g -cp target/classes:target/test-classes:CLASSPATH org.civicthemes.ui.WindowBenchmark 1000000 20
 */
public final class WindowBenchmark {

    private WindowBenchmark() {
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int k = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        SyntheticRequests requests = SyntheticRequests.generate(n, k, new Random(1));
        ViewState all = new ViewState(requests.dataset(), requests.run(), RequestFilter.NONE);
        SimpleObjectProperty<ViewState> state = new SimpleObjectProperty<>(all);
        ThemesViewModel themes = new ThemesViewModel(state);
        ChartsViewModel charts = new ChartsViewModel();
        charts.stateProperty().bind(state);
        List<RequestFilter> filters = List.of(
                RequestFilter.NONE.withRange(new DateRange(LocalDate.of(2025, 7, 3), LocalDate.of(2025, 9, 30))),
                RequestFilter.NONE.withRange(new DateRange(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31))),
                RequestFilter.NONE, RequestFilter.NONE.withDistrict("District 3"));
        for (int round = 0; round < rounds; round++) {
            for (RequestFilter f : filters) {
                long t0 = System.nanoTime();
                state.set(all.withFilter(f));
                report("filter " + describe(f), t0);
            }
            state.set(all);
            for (int id : new int[] {0, 5, 10, 15}) {
                long t0 = System.nanoTime();
                themes.select(id);
                report("select theme " + id + " (" + themes.requests().size() + ")", t0);
            }
        }
    }

    private static String describe(RequestFilter f) {
        return f.isNone() ? "none" : !f.district().isEmpty() ? "district" : f.range().toString();
    }

    private static void report(String what, long t0) {
        System.out.printf("%-60s %8.1f ms%n", what, (System.nanoTime() - t0) / 1e6);
    }
}
