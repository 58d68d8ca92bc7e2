package org.civicthemes.workflow;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicLong;
import org.civicthemes.model.Dataset;
import org.civicthemes.model.DateRange;
import org.civicthemes.model.ImportOptions;
import org.civicthemes.model.ImportResult;
import org.civicthemes.model.Theme;
import org.civicthemes.model.ThemeAssignment;
import org.civicthemes.model.ThemeGroup;
import org.civicthemes.model.ThemeOptions;
import org.civicthemes.model.ThemeRun;
import org.civicthemes.model.ThemeSet;
import org.civicthemes.model.WeightedTerm;
import org.civicthemes.progress.CancellationToken;
import org.civicthemes.progress.ProgressListener;

/**
 * Export benchmark (a main, not a test): imports an export, gives its requests 20 themes by their category (no
 * clustering, so only the export is measured), then writes each format in turn, printing time, file size and the
 * heap: live after the import, and the highest heap in use while each file was written (sampled every 10 ms).
 * Run: java -Xmx1g -cp target/classes:target/test-classes:CLASSPATH org.civicthemes.workflow.ExportBenchmark
 * FILE OUT_DIR [FORMATS]
 */
public final class ExportBenchmark {

    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

    private ExportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path input = Path.of(args[0]);
        Path out = Path.of(args[1]);
        long start = System.nanoTime();
        ImportResult imported = new ImportService().importFile(input, ImportOptions.DETECT_ALL, ProgressListener.NONE,
                CancellationToken.NEVER);
        System.out.printf(Locale.ROOT, "import: %,d requests in %.1f s; live heap after import %,d MB%n",
                imported.dataset().size(), seconds(start), liveMb());
        ThemeRun run = themesByCategory(imported.dataset(), 20);
        System.out.printf(Locale.ROOT, "live heap with the run: %,d MB%n", liveMb());
        ExportService service = new ExportService();
        for (ExportFormat format : args.length > 2 ? ExportFormat.parse(args[2]) : EnumSet.allOf(ExportFormat.class)) {
            ExportChoices choices = new ExportChoices(EnumSet.of(format), true, OptionalInt.empty());
            AtomicLong peak = new AtomicLong();
            Thread sampler = sampler(peak);
            start = System.nanoTime();
            List<Path> files = service.export(new ExportRequest(imported, run, DateRange.ALL, TextChoices.DEFAULTS,
                    out, choices), ProgressListener.NONE);
            double took = seconds(start);
            sampler.interrupt();
            sampler.join();
            long bytes = 0;
            for (Path f : files) {
                bytes += Files.size(f);
            }
            System.out.printf(Locale.ROOT, "%s: %.1f s, %,d MB on disk, peak heap in use %,d MB%n", format.key(), took,
                    bytes >> 20, peak.get() >> 20);
        }
        System.out.printf(Locale.ROOT, "max heap (-Xmx) %,d MB%n", Runtime.getRuntime().maxMemory() >> 20);
    }

    private static Thread sampler(AtomicLong peak) {
        Thread t = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(MEMORY.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        t.setDaemon(true);
        t.start();
        return t;
    }

    private static ThemeRun themesByCategory(Dataset dataset, int k) {
        int n = dataset.size();
        int[] themeOf = new int[n];
        int[] sizes = new int[k];
        List<List<Integer>> examples = new ArrayList<>();
        for (int t = 0; t < k; t++) {
            examples.add(new ArrayList<>());
        }
        List<Integer> indexes = new ArrayList<>(n);
        int unclear = 0;
        int none = 0;
        for (int i = 0; i < n; i++) {
            indexes.add(i);
            var r = dataset.requests().get(i);
            if (!r.hasText()) {
                themeOf[i] = ThemeAssignment.NO_DESCRIPTION;
                none++;
            } else if (i % 20 == 0) {
                themeOf[i] = ThemeAssignment.UNCLEAR;
                unclear++;
            } else {
                int t = Math.floorMod(r.category().hashCode(), k);
                themeOf[i] = t;
                sizes[t]++;
                if (examples.get(t).size() < 5) {
                    examples.get(t).add(i);
                }
            }
        }
        List<Theme> themes = new ArrayList<>();
        for (int t = 0; t < k; t++) {
            themes.add(new Theme(t, "theme " + (t + 1), sizes[t], sizes[t] / (double) n,
                    List.of(new WeightedTerm("t", "term", 1)), examples.get(t), 0.5));
        }
        ThemeSet set = new ThemeSet(themes, new ThemeAssignment(themeOf),
                new ThemeGroup(ThemeGroup.UNCLEAR, unclear, unclear / (double) n),
                new ThemeGroup(ThemeGroup.NO_DESCRIPTION, none, none / (double) n), ThemeOptions.DEFAULTS.withThemes(k),
                List.of());
        return new ThemeRun(set, indexes, DateRange.ALL, Map.of(), Map.of());
    }

    private static long liveMb() {
        System.gc();
        return MEMORY.getHeapMemoryUsage().getUsed() >> 20;
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
