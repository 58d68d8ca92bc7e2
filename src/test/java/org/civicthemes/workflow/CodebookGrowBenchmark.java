package org.civicthemes.workflow;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.civicthemes.analysis.ThemeEdits;
import org.civicthemes.model.Codebook;
import org.civicthemes.model.CodebookSpace;
import org.civicthemes.model.Dataset;
import org.civicthemes.model.DateRange;
import org.civicthemes.model.ImportOptions;
import org.civicthemes.model.ThemeEdit;
import org.civicthemes.model.ThemeOptions;
import org.civicthemes.model.ThemeRun;
import org.civicthemes.progress.CancellationToken;
import org.civicthemes.progress.ProgressListener;

/**
 * Growing a codebook on the bundled sample, timed. Not a test: a main run by hand. Themes learned on 2023-2024 with
 * meaning (the shipped vectors) make a codebook; the whole export is placed by it at the engine's fit (0.2) and at a
 * stricter one (-Dthreshold, 0.5 by default); at the stricter fit the largest proposed theme is accepted, the next
 * merged into a codebook theme and one codebook theme retired; the codebook is grown (timed, twice: the second reads
 * the meaning from the cache) and the export placed by the grown codebook again.
 */
public final class CodebookGrowBenchmark {

    public static void main(String[] args) throws Exception {
        double strict = Double.parseDouble(System.getProperty("threshold", "0.5"));
        Dataset sample = new ImportService().importFile(Path.of("sample-data/riverton-311-requests.xlsx"),
                ImportOptions.DETECT_ALL, ProgressListener.NONE, CancellationToken.NEVER).dataset();
        ThemeService themes = new ThemeService();
        CodebookService codebooks = new CodebookService(themes);
        LearnedRun learned = themes.learnThemes(sample, new DateRange(null, LocalDate.of(2024, 12, 31)),
                ThemeOptions.DEFAULTS, TextChoices.DEFAULTS, ProgressListener.NONE, CancellationToken.NEVER);
        Codebook made = codebooks.make(sample, learned, learned.run(), TextChoices.DEFAULTS, Instant.EPOCH,
                CancellationToken.NEVER);
        report("fit 0.2", apply(codebooks, sample, made));
        CodebookSpace s = made.space();
        Codebook book = Codebook.of(made.themes(), made.nextId(), new CodebookSpace(s.terms(), s.labels(), s.idf(),
                s.sublinearTf(), s.dimensions(), s.projection(), s.meaningModel(), s.meaningDimensions(),
                s.wordWeight(), strict, s.text()), made.provenance());
        ThemeRun placed = apply(codebooks, sample, book);
        report("fit " + strict, placed);
        List<Integer> proposed = proposed(placed);
        int acceptedId = placed.identity().idOf(proposed.get(0));
        ThemeRun edited = ThemeEdits.apply(placed, new ThemeEdit.Accept(proposed.get(0)));
        edited = ThemeEdits.apply(edited, new ThemeEdit.Merge(List.of(position(edited, book.themes().get(0).id()),
                position(edited, placed.identity().idOf(proposed.get(1)))), book.themes().get(0).name()));
        edited = ThemeEdits.apply(edited, new ThemeEdit.Delete(position(edited, book.themes().get(1).id())));
        Codebook grown = null;
        for (int run = 1; run <= 2; run++) {
            long t0 = System.nanoTime();
            grown = codebooks.grow(sample, book, "sample.codebook.json", placed, edited, Instant.EPOCH,
                    ProgressListener.NONE, CancellationToken.NEVER);
            System.out.printf(Locale.ROOT, "grow (run %d): %.2f s, %d themes, next id %d%n", run,
                    (System.nanoTime() - t0) / 1e9, grown.themes().size(), grown.nextId());
        }
        long t0 = System.nanoTime();
        ThemeRun again = apply(codebooks, sample, grown);
        System.out.printf(Locale.ROOT, "apply the grown codebook: %.2f s%n", (System.nanoTime() - t0) / 1e9);
        report("grown", again);
        int[] members = placed.themes().assignment().documentsOf(proposed.get(0));
        int now = position(again, acceptedId);
        long stayed = java.util.Arrays.stream(members).filter(d -> again.themes().assignment().themeOf(d) == now)
                .count();
        System.out.printf(Locale.ROOT, "accepted theme %d '%s': %d of its %d requests placed in it again%n",
                acceptedId, placed.labelOf(proposed.get(0)), stayed, members.length);
    }

    private static ThemeRun apply(CodebookService codebooks, Dataset sample, Codebook book) throws Exception {
        return codebooks.apply(sample, DateRange.ALL, book, "sample.codebook.json", ProgressListener.NONE,
                CancellationToken.NEVER);
    }

    private static List<Integer> proposed(ThemeRun run) {
        List<Integer> out = new ArrayList<>();
        for (int t = 0; t < run.themes().themes().size(); t++) {
            if (run.identity().isProposed(t)) {
                out.add(t);
            }
        }
        return out;
    }

    private static int position(ThemeRun run, int id) {
        return run.identity().ids().indexOf(id);
    }

    private static void report(String what, ThemeRun run) {
        List<Integer> proposed = proposed(run);
        long inProposed = proposed.stream().mapToLong(t -> run.themes().themes().get(t).size()).sum();
        System.out.printf(Locale.ROOT, "%s: %d codebook themes, %d proposed (%d requests), %d Unclear of %d%n", what,
                run.themes().themes().size() - proposed.size(), proposed.size(), inProposed,
                run.themes().unclear().size(), run.size());
    }
}
