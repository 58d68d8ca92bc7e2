package org.civicthemes.workflow;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.civicthemes.analysis.FaqCandidate;
import org.civicthemes.analysis.FaqFinder;
import org.civicthemes.meaning.MeaningReader;
import org.civicthemes.analysis.ThemeSeasonality;
import org.civicthemes.model.CityFaq;
import org.civicthemes.model.Dataset;
import org.civicthemes.model.ThemeRun;

/**
 * The costly views of one theme run, each computed at most once, on first use, by whichever thread asks first: the FAQ
 * candidates (a question scan and a redaction of every request) and the seasonality profiles. {@code analyze} writes
 * them to its CSV files and then exports the same run; at a million requests computing them twice cost several
 * seconds. Thread-safe.
 */
final class RunViews {

    private final ThemeRun run;
    private final Supplier<List<FaqCandidate>> faq;
    private final Supplier<List<ThemeSeasonality.ThemeProfiles>> seasonality;

    /** @param sanitize applied to each FAQ question (redaction), as {@link FaqFinder#find} does */
    RunViews(Dataset dataset, ThemeRun run, UnaryOperator<String> sanitize) {
        this(dataset, run, sanitize, CityFaq.NONE);
    }

    /** With the questions matched with the city's FAQ. */
    RunViews(Dataset dataset, ThemeRun run, UnaryOperator<String> sanitize, CityFaq cityFaq) {
        this.run = Objects.requireNonNull(run, "run");
        this.faq = once(() -> CityFaqService.find(dataset, run, sanitize, cityFaq, MeaningReader::standard));
        this.seasonality = once(() -> ThemeSeasonality.of(dataset, run));
    }

    /** Whether these are the views of {@code other}: the same requests grouped the same way. */
    boolean areFor(ThemeRun other) {
        return other == run || (other.size() == run.size() && other.requestIndexes().equals(run.requestIndexes())
                && other.themes().assignment().equals(run.themes().assignment()));
    }

    List<FaqCandidate> faq() {
        return faq.get();
    }

    List<ThemeSeasonality.ThemeProfiles> seasonality() {
        return seasonality.get();
    }

    private static <T> Supplier<T> once(Supplier<T> compute) {
        return new Supplier<>() {
            private T value;

            @Override
            public synchronized T get() {
                if (value == null) {
                    value = compute.get();
                }
                return value;
            }
        };
    }
}
