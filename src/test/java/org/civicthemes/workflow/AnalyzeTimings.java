package org.civicthemes.workflow;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.civicthemes.model.DateRange;
import org.civicthemes.model.ImportOptions;
import org.civicthemes.model.ThemeCount;
import org.civicthemes.progress.CancellationToken;
import org.civicthemes.progress.ProgressListener;

/**
 * Where the time of one {@code analyze} goes (a benchmark main, not a test): runs {@link AnalyzeService} as the
 * command line does and prints, for every progress step in the order the steps started, the wall time and the
 * CPU time of the whole process (all threads) from the step's first report to the next step's first report (the
 * last step runs to the end, so it includes everything after the last report: labels, writing, time views). CPU
 * time is the figure to compare on a busy machine. With {@code -Dlive=true} it also collects garbage at the start
 * of every step and prints the heap still in use (the live set; this changes the timings).
 * Run: {@code java -Xmx2g -cp target/civic-themes.jar:target/test-classes org.civicthemes.workflow.AnalyzeTimings
 * FILE [K] [OUT]}.
 */
public final class AnalyzeTimings {

    private AnalyzeTimings() {
    }

    public static void main(String[] args) throws Exception {
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        Path input = Path.of(args[0]);
        String k = args.length > 1 ? args[1] : "20";
        Path out = Path.of(args.length > 2 ? args[2] : System.getProperty("java.io.tmpdir") + "/analyze-timings");
        StepClock clock = new StepClock();
        AnalyzeRequest request = new AnalyzeRequest(input, out, ImportOptions.DETECT_ALL, ThemeCount.parse(k),
                AnalyzeRequest.DEFAULT_SEED, new DateRange(null, null), TextChoices.DEFAULTS, true);
        System.out.printf(Locale.ROOT, "JVM start to main: %d ms wall, %d ms CPU%n",
                System.currentTimeMillis() - jvmStart, cpuNanos() / 1_000_000);
        clock.update("Starting", 0, 1);
        new AnalyzeService().run(request, clock, CancellationToken.NEVER);
        clock.update("End", 1, 1);
        clock.print();
        System.out.printf(Locale.ROOT, "JVM start to end: %d ms wall, %d ms CPU; heap used now %d MB%n",
                System.currentTimeMillis() - jvmStart, cpuNanos() / 1_000_000,
                (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20);
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** The wall and CPU clocks at the first report of each step. */
    private static final class StepClock implements ProgressListener {

        private final List<String> names = new ArrayList<>();
        private final List<long[]> starts = new ArrayList<>();

        @Override
        public synchronized void update(String step, long done, long total) {
            if (names.isEmpty() || !names.get(names.size() - 1).equals(step)) {
                if (Boolean.getBoolean("live")) {
                    System.gc();
                    Runtime rt = Runtime.getRuntime();
                    System.out.printf(Locale.ROOT, "live %5d MB at the start of %s%n",
                            (rt.totalMemory() - rt.freeMemory()) >> 20, step);
                }
                names.add(step);
                starts.add(new long[] {System.nanoTime(), cpuNanos()});
            }
        }

        synchronized void print() {
            for (int i = 0; i + 1 < names.size(); i++) {
                long[] a = starts.get(i);
                long[] b = starts.get(i + 1);
                System.out.printf(Locale.ROOT, "%8.0f ms wall %8.0f ms CPU  %s%n", (b[0] - a[0]) / 1e6,
                        (b[1] - a[1]) / 1e6, names.get(i));
            }
        }
    }
}
