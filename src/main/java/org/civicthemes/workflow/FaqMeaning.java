package org.civicthemes.workflow;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.civicthemes.analysis.WordingMeaning;
import org.civicthemes.meaning.MeaningReader;
import org.civicthemes.meaning.MeaningUnavailableException;
import org.civicthemes.progress.CancellationToken;
import org.civicthemes.progress.ProgressListener;
import org.civicthemes.text.LanguageDetector;

/**
 * The meaning of FAQ wordings for the FAQ finder: English (or undetermined) wordings read by the sentence model
 * (through the user's vector cache), others left to their words, as the themes do (decision 0012).
 */
final class FaqMeaning implements WordingMeaning {

    private final Supplier<MeaningReader> reader;
    private final LanguageDetector languages = LanguageDetector.standard();

    FaqMeaning(Supplier<MeaningReader> reader) {
        this.reader = reader;
    }

    /** Meaning for the FAQ when the run's themes were found by meaning; words only otherwise. */
    static WordingMeaning forRun(org.civicthemes.model.ThemeRun run, Supplier<MeaningReader> reader) {
        return run.themes().meaning().used() ? new FaqMeaning(reader) : WordingMeaning.NONE;
    }

    @Override
    public float[][] vectorsOf(List<String> wordings) {
        List<String> readable = new ArrayList<>(wordings.size());
        for (String w : wordings) {
            readable.add(RequestMeanings.readsMeaning(languages.detect(w)) ? w : null);
        }
        try {
            return reader.get().read(readable, ProgressListener.NONE, CancellationToken.NEVER);
        } catch (MeaningUnavailableException e) {
            return null;
        }
    }
}
