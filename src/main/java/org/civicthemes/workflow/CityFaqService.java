package org.civicthemes.workflow;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.civicthemes.analysis.FaqCandidate;
import org.civicthemes.analysis.FaqCoverage;
import org.civicthemes.analysis.FaqFinder;
import org.civicthemes.analysis.WordingMeaning;
import org.civicthemes.io.read.CityFaqReader;
import org.civicthemes.io.read.ImportException;
import org.civicthemes.meaning.MeaningReader;
import org.civicthemes.model.CityFaq;
import org.civicthemes.model.Dataset;
import org.civicthemes.model.ThemeRun;

/**
 * What residents ask, and what the city's FAQ already answers: reads the city's FAQ file and finds the run's
 * questions and asks, grouped by meaning within each theme, each with the FAQ entry that covers it. Both faces call
 * it: {@code analyze --faq} and the window's FAQ view.
 */
public final class CityFaqService {

    private final Supplier<MeaningReader> meaning;

    /** Reading meaning with the bundled sentence model and the user's vector cache. */
    public CityFaqService() {
        this(MeaningReader::standard);
    }

    CityFaqService(Supplier<MeaningReader> meaning) {
        this.meaning = meaning;
    }

    /**
     * @throws BadInputException in one sentence naming the file (and line) when it cannot be used
     */
    public CityFaq read(Path file) throws BadInputException {
        try {
            return new CityFaqReader().read(file);
        } catch (ImportException e) {
            throw new BadInputException(e.getMessage(), e);
        }
    }

    /**
     * The questions and asks of the run's requests, grouped by meaning within each theme (by words when the run was
     * made by words), most asked first within a theme, each with the entry of {@code faq} that answers it.
     *
     * @param sanitize applied to each wording first (the redaction of personal data)
     */
    public List<FaqCandidate> questions(Dataset dataset, ThemeRun run, UnaryOperator<String> sanitize, CityFaq faq) {
        return find(dataset, run, sanitize, faq, meaning);
    }

    static List<FaqCandidate> find(Dataset dataset, ThemeRun run, UnaryOperator<String> sanitize, CityFaq faq,
                                   Supplier<MeaningReader> reader) {
        WordingMeaning meaning = FaqMeaning.forRun(run, reader);
        return FaqCoverage.match(FaqFinder.find(dataset, run, sanitize, AnalyzeService.FAQ_PER_THEME, meaning), faq,
                meaning);
    }
}
