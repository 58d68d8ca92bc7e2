package org.civicthemes.workflow;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.civicthemes.analysis.SinceCodebook;
import org.civicthemes.model.Codebook;
import org.civicthemes.model.DateRange;
import org.civicthemes.model.ImportOptions;
import org.civicthemes.model.ImportResult;
import org.civicthemes.model.ThemeOptions;
import org.civicthemes.model.ThemeRun;
import org.civicthemes.progress.CancellationToken;
import org.civicthemes.progress.ProgressListener;

/**
 * What showing what changed since a codebook costs, on the bundled sample: a codebook learned on 2023-2024 and used on
 * the whole export. Times {@link SinceCodebook#of} over the 20,000 requests, the export (xlsx, csv, html) of the
 * codebook run with and without what changed, and opening a project of the sample plainly against giving it the
 * project's themes as a codebook ({@link ProjectStore#openWithProjectThemes}). Not a test: a main run by hand.
 */
public final class SinceCodebookBenchmark {

    private static final int REPEATS = 5;

    public static void main(String[] args) throws Exception {
        Path work = Files.createTempDirectory("since-codebook");
        Path sample = Files.copy(Path.of("sample-data", "riverton-311-requests.xlsx"),
                work.resolve("riverton-311-requests.xlsx"));
        ImportResult imported = new ImportService().importFile(sample, ImportOptions.DETECT_ALL, ProgressListener.NONE,
                CancellationToken.NEVER);
        ThemeService themes = new ThemeService();
        CodebookService codebooks = new CodebookService(themes);
        DateRange learnedOn = new DateRange(null, LocalDate.of(2024, 12, 31));
        LearnedRun learned = themes.learnThemes(imported.dataset(), learnedOn, ThemeOptions.DEFAULTS,
                TextChoices.DEFAULTS, ProgressListener.NONE, CancellationToken.NEVER);
        Codebook codebook = codebooks.make(imported.dataset(), learned, learned.run(), TextChoices.DEFAULTS,
                Instant.now(), CancellationToken.NEVER);
        ThemeRun placed = codebooks.apply(imported.dataset(), DateRange.ALL, codebook, "riverton.codebook.json",
                ProgressListener.NONE, CancellationToken.NEVER);

        SinceCodebook since = null;
        long[] sinceMs = new long[REPEATS];
        for (int i = 0; i < REPEATS; i++) {
            long t = System.nanoTime();
            since = SinceCodebook.of(imported.dataset(), placed, codebook, TextChoices.DEFAULTS.redaction());
            sinceMs[i] = (System.nanoTime() - t) / 1_000_000;
        }
        System.out.printf(Locale.ROOT, "SinceCodebook.of, %,d requests: median %d ms of %d runs (%s)%n", placed.size(),
                median(sinceMs), REPEATS, Arrays.toString(sinceMs));
        System.out.printf(Locale.ROOT, "basis %s, before %,d, now %,d, themes %d, proposed %d, empty now %d%n",
                since.basis(), since.requestsBefore(), since.requestsNow(), since.themes().size(),
                since.proposed().size(), since.emptyNow().size());

        ExportService exports = new ExportService();
        ExportChoices all = new ExportChoices(EnumSet.allOf(ExportFormat.class), true, java.util.OptionalInt.empty());
        long[] plain = new long[REPEATS];
        long[] withChanges = new long[REPEATS];
        for (int i = 0; i < REPEATS; i++) {
            ExportRequest request = new ExportRequest(imported, placed, DateRange.ALL, TextChoices.DEFAULTS,
                    work.resolve("plain"), all);
            long t = System.nanoTime();
            exports.export(request, ProgressListener.NONE, CancellationToken.NEVER);
            plain[i] = (System.nanoTime() - t) / 1_000_000;
            t = System.nanoTime();
            exports.export(new ExportRequest(imported, placed, DateRange.ALL, TextChoices.DEFAULTS,
                    work.resolve("changes"), all).withCodebook(codebook), ProgressListener.NONE,
                    CancellationToken.NEVER);
            withChanges[i] = (System.nanoTime() - t) / 1_000_000;
        }
        System.out.printf(Locale.ROOT, "export xlsx+csv+html of the codebook run: median %d ms without what changed, "
                + "%d ms with (%s / %s)%n", median(plain), median(withChanges), Arrays.toString(plain),
                Arrays.toString(withChanges));

        ProjectStore store = new ProjectStore();
        ThemeRun found = themes.findThemes(imported.dataset(), DateRange.ALL, ThemeOptions.DEFAULTS,
                TextChoices.DEFAULTS.toTextOptions(), ProgressListener.NONE, CancellationToken.NEVER);
        Path project = store.save(ProjectStore.snapshot(imported.dataset(), ImportOptions.DETECT_ALL,
                TextChoices.DEFAULTS, found, List.of(), DateRange.ALL), work.resolve("riverton"), true);
        ProjectCheck check = store.check(project, ProgressListener.NONE, CancellationToken.NEVER);
        long t = System.nanoTime();
        store.open(check, ProgressListener.NONE, CancellationToken.NEVER);
        long openMs = (System.nanoTime() - t) / 1_000_000;
        t = System.nanoTime();
        ProjectOnChangedSource given = store.openWithProjectThemes(check, Instant.now(), ProgressListener.NONE,
                CancellationToken.NEVER);
        long givenMs = (System.nanoTime() - t) / 1_000_000;
        System.out.printf(Locale.ROOT, "open the sample's project: %d ms as it is, %d ms giving it its themes as a "
                + "codebook (%d themes kept, %d proposed)%n", openMs, givenMs, given.codebook().themes().size(),
                given.placed().themes().themes().size() - given.codebook().themes().size());
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
