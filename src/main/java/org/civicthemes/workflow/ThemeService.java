package org.civicthemes.workflow;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import org.civicthemes.cluster.Corpus;
import org.civicthemes.cluster.LearnedSpace;
import org.civicthemes.cluster.MeaningSource;
import org.civicthemes.cluster.TermSpace;
import org.civicthemes.cluster.ThemeEngine;
import org.civicthemes.meaning.MeaningReader;
import org.civicthemes.model.Dataset;
import org.civicthemes.model.DateRange;
import org.civicthemes.model.ServiceRequest;
import org.civicthemes.model.ThemeOptions;
import org.civicthemes.model.ThemeRun;
import org.civicthemes.model.ThemeSet;
import org.civicthemes.progress.CancellationToken;
import org.civicthemes.progress.ProgressListener;
import org.civicthemes.text.Language;
import org.civicthemes.text.PreparedCorpus;
import org.civicthemes.text.RedactionCounts;
import org.civicthemes.text.TextOptions;
import org.civicthemes.text.TextPipeline;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the themes of a dataset's requests: text preparation, then the theme engine, which reads the meaning of the
 * requests through a {@link MeaningReader} when the options ask for it.
 */
public final class ThemeService {

    /** Counts and times only, never a request's text or a theme's label (see DiagnosticLog). */
    private static final Logger LOG = LoggerFactory.getLogger(ThemeService.class);

    private final java.util.function.Supplier<MeaningReader> meaning;

    /** With the bundled sentence model and the user's vector cache. */
    public ThemeService() {
        this(MeaningReader::standard);
    }

    /** With another reader of meaning (tests: a cache folder of their own, one thread). */
    public ThemeService(java.util.function.Supplier<MeaningReader> meaning) {
        this.meaning = java.util.Objects.requireNonNull(meaning, "meaning");
    }

    /** Groups the requests created in {@code range} with the analyst's text choices. */
    public ThemeRun findThemes(Dataset dataset, DateRange range, ThemeOptions options, TextChoices text,
                               ProgressListener progress, CancellationToken cancel) {
        return findThemes(dataset, range, options, text.toTextOptions(), progress, cancel);
    }

    /**
     * Groups the requests created in {@code range} (all requests, dated or not, when the range is all).
     *
     * @throws IllegalArgumentException when no request falls in the range
     */
    public ThemeRun findThemes(Dataset dataset, DateRange range, ThemeOptions options, TextOptions text,
                               ProgressListener progress, CancellationToken cancel) {
        List<Integer> indexes = requestsOf(dataset, range);
        long start = System.nanoTime();
        Grouped grouped = group(dataset, indexes, text, options, false, progress, cancel);
        LOG.info("Found {} themes among {} requests (meaning {}) in {} ms", grouped.themes().themes().size(),
                indexes.size(), options.meaning(), (System.nanoTime() - start) / 1_000_000);
        return new ThemeRun(grouped.themes(), indexes, range, grouped.redactions(), grouped.languages());
    }

    /**
     * Finds the themes as {@link #findThemes(Dataset, DateRange, ThemeOptions, TextChoices, ProgressListener,
     * CancellationToken)} does (the same run) and keeps what the engine learned, so a codebook can be made of the
     * themes once the analyst has edited them.
     */
    public LearnedRun learnThemes(Dataset dataset, DateRange range, ThemeOptions options, TextChoices text,
                                  ProgressListener progress, CancellationToken cancel) {
        List<Integer> indexes = requestsOf(dataset, range);
        TextOptions textOptions = text.toTextOptions();
        Grouped grouped = group(dataset, indexes, textOptions, options, true, progress, cancel);
        return new LearnedRun(new ThemeRun(grouped.themes(), indexes, range, grouped.redactions(),
                grouped.languages()), grouped.learned(), textOptions, grouped.meaningModel());
    }

    /**
     * Finds themes among some of a dataset's requests, for a split: document {@code i} of the result is request
     * {@code indexes.get(i)}.
     */
    public ThemeSet findThemesAmong(Dataset dataset, List<Integer> indexes, ThemeOptions options, TextOptions text,
                                    ProgressListener progress, CancellationToken cancel) {
        return group(dataset, indexes, text, options, false, progress, cancel).themes();
    }

    /** The requests of a dataset created in a range, as positions in it. */
    static List<Integer> requestsOf(Dataset dataset, DateRange range) {
        List<Integer> indexes = requestsIn(dataset, range);
        if (indexes.isEmpty()) {
            throw noRequestsIn(range);
        }
        return indexes;
    }

    /** A reader of meaning, as this service reads it. */
    MeaningReader meaningReader() {
        return meaning.get();
    }

    /**
     * Themes with what the text step counted on the way, and (when asked) what the engine learned with the id of the
     * sentence model that read the meaning.
     */
    private record Grouped(ThemeSet themes, Map<String, Long> redactions, Map<String, Integer> languages,
                           LearnedSpace learned, String meaningModel) {
    }

    private Grouped group(Dataset dataset, List<Integer> indexes, TextOptions text, ThemeOptions options,
                          boolean learn, ProgressListener progress, CancellationToken cancel) {
        List<String> texts = new ArrayList<>(indexes.size());
        for (int i : indexes) {
            texts.add(dataset.requests().get(i).text());
        }
        PreparedCorpus prepared = new TextPipeline(text).prepare(texts, progress, cancel);
        texts = null;
        Map<String, Long> redactions = redactionsOf(prepared);
        Map<String, Integer> languages = languagesOf(prepared);
        Corpus corpus = Corpus.of(prepared);
        MeaningReader reader = options.meaning() ? meaning.get() : null;
        MeaningSource meanings = reader != null ? RequestMeanings.of(prepared, reader) : MeaningSource.NONE;
        // the prepared texts and their term lists are the largest thing alive here: once the vectors are made
        // nothing needs them, so no reference to them outlives that step (a million requests: some 300 MB)
        prepared = null;
        ThemeEngine engine = new ThemeEngine(options);
        TermSpace space = engine.vectorize(corpus, progress, cancel);
        corpus = null;
        int[] all = IntStream.range(0, space.documentCount()).toArray();
        ThemeSet themes;
        LearnedSpace learned = null;
        if (learn) {
            ThemeEngine.Fit fit = engine.fit(space, all, meanings, progress, cancel);
            themes = fit.themes();
            learned = fit.learned();
        } else {
            themes = engine.findThemes(space, all, meanings, progress, cancel);
        }
        List<Boolean> hasText = indexes.stream().map(i -> dataset.requests().get(i).hasText()).toList();
        return new Grouped(TextWithoutTerms.toUnclear(themes, hasText), redactions, languages, learned,
                reader == null ? "" : reader.modelId());
    }

    private static List<Integer> requestsIn(Dataset dataset, DateRange range) {
        List<ServiceRequest> requests = dataset.requests();
        List<Integer> indexes = new ArrayList<>(requests.size());
        for (int i = 0; i < requests.size(); i++) {
            if (range.isAll() || range.contains(requests.get(i).created())) {
                indexes.add(i);
            }
        }
        return indexes;
    }

    private static Map<String, Long> redactionsOf(PreparedCorpus prepared) {
        return redactionsOf(prepared.redactions());
    }

    /** Redactions by kind, as a run reports them ("phone" -> 212). */
    static Map<String, Long> redactionsOf(RedactionCounts counts) {
        Map<String, Long> out = new LinkedHashMap<>();
        counts.asMap().forEach((kind, n) -> out.put(kind.name().toLowerCase(Locale.ROOT), n));
        return out;
    }

    private static Map<String, Integer> languagesOf(PreparedCorpus prepared) {
        return languagesOf(prepared.languages());
    }

    /** Requests by language code, as a run reports them ("en" -> 18,905). */
    static Map<String, Integer> languagesOf(Map<Language, Integer> languages) {
        Map<String, Integer> out = new LinkedHashMap<>();
        languages.forEach((language, n) -> out.put(language.code(), n));
        return out;
    }

    /** The failure of a range that holds no request. */
    static IllegalArgumentException noRequestsIn(DateRange range) {
        return new IllegalArgumentException("No request was created between "
                + (range.from() == null ? "the start" : range.from().toString()) + " and "
                + (range.to() == null ? "the end" : range.to().toString()) + "; choose a range that holds requests.");
    }
}
