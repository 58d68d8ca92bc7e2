package org.civicthemes.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.civicthemes.meaning.MeaningReader;
import org.civicthemes.meaning.MeaningUnavailableException;
import org.civicthemes.meaning.MiniLmModel;
import org.civicthemes.meaning.SentenceEncoder;
import org.civicthemes.meaning.SentenceModel;
import org.civicthemes.meaning.VectorCache;
import org.civicthemes.model.Dataset;
import org.civicthemes.model.DateRange;
import org.civicthemes.model.ImportOptions;
import org.civicthemes.model.MeaningUse;
import org.civicthemes.model.ServiceRequest;
import org.civicthemes.model.Theme;
import org.civicthemes.model.ThemeOptions;
import org.civicthemes.model.ThemeRun;
import org.civicthemes.progress.CancellationToken;
import org.civicthemes.progress.ProgressListener;
import org.civicthemes.sample.SampleTruth;
import org.civicthemes.text.TextOptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Themes by meaning through the real model, on real requests (Newport) and on the bundled sample. */
class ThemeServiceMeaningTest {

    private static final MiniLmModel MODEL = new MiniLmModel();
    private static Dataset newport;

    @TempDir
    Path cache;

    @BeforeAll
    static void importNewport() throws Exception {
        newport = new ImportService().importFile(Path.of("src/test/resources/realdata/newport_seeclickfix_2017_head150.csv"),
                ImportOptions.DETECT_ALL, ProgressListener.NONE, CancellationToken.NEVER).dataset();
    }

    private ThemeService service(SentenceModel model, int threads) {
        return new ThemeService(() -> new MeaningReader(model, new VectorCache(cache, model.id(), model.dimensions(),
                VectorCache.DEFAULT_MAX_BYTES), null, threads));
    }

    private static ThemeRun run(ThemeService service, Dataset data, ThemeOptions options) {
        return service.findThemes(data, DateRange.ALL, options, TextOptions.DEFAULTS, ProgressListener.NONE,
                CancellationToken.NEVER);
    }

    @Test
    void theSameRequestsGiveTheSameThemesOnOneThreadOrTwoAndFromTheCache() {
        ThemeOptions options = ThemeOptions.DEFAULTS.withThemes(8);
        ThemeRun oneThread = run(service(MODEL, 1), newport, options);
        ThemeRun fromCache = run(service(new RefusingModel(), 1), newport, options);
        ThemeRun twoThreads = new ThemeService(() -> new MeaningReader(MODEL, null, null, 2))
                .findThemes(newport, DateRange.ALL, options, TextOptions.DEFAULTS, ProgressListener.NONE,
                        CancellationToken.NEVER);
        assertThat(oneThread.themes().meaning().status()).isEqualTo(MeaningUse.Status.ON);
        assertThat(oneThread.themes().meaning().read()).isGreaterThan(90);
        assertThat(twoThreads).isEqualTo(oneThread);
        assertThat(fromCache).as("every vector came from the cache: the refusing model was never needed")
                .isEqualTo(oneThread);
    }

    @Test
    void whenTheModelCannotRunTheThemesComeFromWordsAndTheRunSaysWhy() {
        ThemeOptions options = ThemeOptions.DEFAULTS.withThemes(8);
        ThemeRun unavailable = run(service(new RefusingModel(), 2), newport, options);
        ThemeRun wordsOnly = run(service(MODEL, 2), newport, options.withMeaning(false));
        assertThat(unavailable.themes().meaning().status()).isEqualTo(MeaningUse.Status.UNAVAILABLE);
        assertThat(unavailable.themes().meaning().describe())
                .startsWith("unavailable, themes from words only: ")
                .contains("could not be loaded").doesNotContain("\n");
        assertThat(unavailable.themes().assignment()).isEqualTo(wordsOnly.themes().assignment());
        assertThat(unavailable.themes().themes()).isEqualTo(wordsOnly.themes().themes());
        assertThat(wordsOnly.themes().meaning()).isEqualTo(MeaningUse.OFF);
    }

    @Test
    void meaningChangesTheThemesOfRealRequestsAndTheirRepresentativesSaySomething() {
        ThemeOptions options = ThemeOptions.DEFAULTS.withThemes(8);
        ThemeRun byMeaning = run(service(MODEL, 2), newport, options);
        ThemeRun byWords = run(service(MODEL, 2), newport, options.withMeaning(false));
        assertThat(byMeaning.themes().assignment()).isNotEqualTo(byWords.themes().assignment());
        for (Theme theme : byMeaning.themes().themes()) {
            for (int doc : theme.representatives()) {
                String text = newport.requests().get(byMeaning.requestIndexes().get(doc)).text();
                if (theme.size() >= 10) {
                    assertThat(text.trim().split("\\s+").length).as("a representative of %s: %s", theme.label(), text)
                            .isGreaterThanOrEqualTo(3);
                }
            }
        }
    }

    @Test
    void spanishRequestsJoinTheirTopicsThemeAsOftenAsByWordsAndNeverMakeAThemeOfTheirOwn() {
        List<SampleTruth.Row> rows = SampleTruth.bundledRowsWithText();
        List<ServiceRequest> requests = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            requests.add(new ServiceRequest(i + 2, "R" + i, rows.get(i).text(), null, null, "", "", "", "",
                    Double.NaN, Double.NaN, ""));
        }
        Dataset sample = new Dataset(newport.source(), List.of("Description"), newport.mapping(), requests);
        ThemeService service = new ThemeService(() -> new MeaningReader(MODEL, null,
                "/org/civicthemes/meaning/sample-vectors.bin", 2));
        // k = the sample's 39 topics, as docs/benchmarks.md measures it
        ThemeRun byMeaning = run(service, sample, ThemeOptions.DEFAULTS.withThemes(39));
        ThemeRun byWords = run(service, sample, ThemeOptions.DEFAULTS.withThemes(39).withMeaning(false));
        assertThat(byMeaning.themes().meaning().used()).isTrue();
        assertThat(byMeaning.themes().meaning().byWords()).as("Spanish requests are grouped by their words")
                .isGreaterThan(500);
        double meaning = spanishInTheirTopicsTheme(rows, byMeaning);
        double words = spanishInTheirTopicsTheme(rows, byWords);
        assertThat(meaning).as("Spanish rows in their topic's theme, by meaning (words only: %.3f)", words)
                .isGreaterThanOrEqualTo(Math.min(words, 0.70));
        for (Theme t : byMeaning.themes().themes()) {
            int spanish = 0;
            for (int d : byMeaning.themes().assignment().documentsOf(t.id())) {
                spanish += rows.get(d).language().equals("SPANISH") ? 1 : 0;
            }
            assertThat(spanish).as("Spanish requests in %s (%d)", t.label(), t.size()).isLessThan(t.size() / 2);
        }
    }

    /** The share of Spanish rows whose theme's most common topic among its other rows is their own topic. */
    private static double spanishInTheirTopicsTheme(List<SampleTruth.Row> rows, ThemeRun run) {
        Map<Integer, Map<String, Integer>> topicsOfTheme = new HashMap<>();
        for (int d = 0; d < rows.size(); d++) {
            if (!rows.get(d).language().equals("SPANISH")) {
                topicsOfTheme.computeIfAbsent(run.themes().assignment().themeOf(d), t -> new HashMap<>())
                        .merge(rows.get(d).topic(), 1, Integer::sum);
            }
        }
        int spanish = 0;
        int joined = 0;
        for (int d = 0; d < rows.size(); d++) {
            if (rows.get(d).language().equals("SPANISH")) {
                spanish++;
                String majority = topicsOfTheme.getOrDefault(run.themes().assignment().themeOf(d), Map.of()).entrySet()
                        .stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("");
                joined += majority.equals(rows.get(d).topic()) ? 1 : 0;
            }
        }
        System.out.printf("Spanish rows in their topic's theme: %.3f of %d (meaning %s)%n", joined / (double) spanish,
                spanish, run.themes().meaning().status());
        return joined / (double) spanish;
    }

    /** A model whose native code does not load here. */
    private static final class RefusingModel implements SentenceModel {

        @Override
        public String id() {
            return MODEL.id();
        }

        @Override
        public int dimensions() {
            return MODEL.dimensions();
        }

        @Override
        public SentenceEncoder newEncoder() {
            throw new MeaningUnavailableException("The sentence model could not be loaded here (UnsatisfiedLinkError: "
                    + "no onnxruntime4j_jni in java.library.path)", new UnsatisfiedLinkError());
        }
    }
}
