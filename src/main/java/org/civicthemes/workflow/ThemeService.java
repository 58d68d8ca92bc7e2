package org.civicthemes.workflow;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.civicthemes.cluster.Corpus;
import org.civicthemes.cluster.ThemeEngine;
import org.civicthemes.model.Dataset;
import org.civicthemes.model.DateRange;
import org.civicthemes.model.ServiceRequest;
import org.civicthemes.model.ThemeOptions;
import org.civicthemes.model.ThemeRun;
import org.civicthemes.model.ThemeSet;
import org.civicthemes.progress.CancellationToken;
import org.civicthemes.progress.ProgressListener;
import org.civicthemes.text.PreparedCorpus;
import org.civicthemes.text.TextOptions;
import org.civicthemes.text.TextPipeline;

/** Finds the themes of a dataset's requests: text preparation, then the theme engine. */
public final class ThemeService {

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
        List<Integer> indexes = requestsIn(dataset, range);
        if (indexes.isEmpty()) {
            throw noRequestsIn(range);
        }
        PreparedCorpus prepared = prepare(dataset, indexes, text, progress, cancel);
        ThemeSet themes = group(dataset, indexes, prepared, options, progress, cancel);
        return new ThemeRun(themes, indexes, range, redactionsOf(prepared), languagesOf(prepared));
    }

    /**
     * Finds themes among some of a dataset's requests, for a split: document {@code i} of the result is request
     * {@code indexes.get(i)}.
     */
    public ThemeSet findThemesAmong(Dataset dataset, List<Integer> indexes, ThemeOptions options, TextOptions text,
                                    ProgressListener progress, CancellationToken cancel) {
        return group(dataset, indexes, prepare(dataset, indexes, text, progress, cancel), options, progress, cancel);
    }

    private static PreparedCorpus prepare(Dataset dataset, List<Integer> indexes, TextOptions text,
                                          ProgressListener progress, CancellationToken cancel) {
        List<String> texts = new ArrayList<>(indexes.size());
        for (int i : indexes) {
            texts.add(dataset.requests().get(i).text());
        }
        return new TextPipeline(text).prepare(texts, progress, cancel);
    }

    private static ThemeSet group(Dataset dataset, List<Integer> indexes, PreparedCorpus prepared,
                                  ThemeOptions options, ProgressListener progress, CancellationToken cancel) {
        ThemeSet themes = new ThemeEngine(options).findThemes(Corpus.of(prepared), progress, cancel);
        List<Boolean> hasText = indexes.stream().map(i -> dataset.requests().get(i).hasText()).toList();
        return TextWithoutTerms.toUnclear(themes, hasText);
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
        Map<String, Long> out = new LinkedHashMap<>();
        prepared.redactions().asMap().forEach((kind, n) -> out.put(kind.name().toLowerCase(Locale.ROOT), n));
        return out;
    }

    private static Map<String, Integer> languagesOf(PreparedCorpus prepared) {
        Map<String, Integer> out = new LinkedHashMap<>();
        prepared.languages().forEach((language, n) -> out.put(language.code(), n));
        return out;
    }

    /** The failure of a range that holds no request. */
    static IllegalArgumentException noRequestsIn(DateRange range) {
        return new IllegalArgumentException("No request was created between "
                + (range.from() == null ? "the start" : range.from().toString()) + " and "
                + (range.to() == null ? "the end" : range.to().toString()) + "; choose a range that holds requests.");
    }
}
