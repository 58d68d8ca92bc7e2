package org.civicthemes.workflow;

import java.util.ArrayList;
import java.util.List;
import org.civicthemes.cluster.MeaningSource;
import org.civicthemes.meaning.MeaningReader;
import org.civicthemes.meaning.MeaningUnavailableException;
import org.civicthemes.progress.CancellationToken;
import org.civicthemes.progress.ProgressListener;
import org.civicthemes.text.Language;
import org.civicthemes.text.PreparedCorpus;
import org.civicthemes.text.PreparedText;

/**
 * The meaning of a run's requests for the theme engine: each request's redacted text without boilerplate, read by
 * the sentence model. The model reads English only (a Spanish text and its English translation are far apart for
 * it, two unrelated Spanish texts close), so requests detected as Spanish or another language are grouped by their
 * words, which the Spanish glossary already maps onto English terms.
 */
final class RequestMeanings implements MeaningSource {

    private final MeaningReader reader;
    private final String[] texts;

    private RequestMeanings(MeaningReader reader, String[] texts) {
        this.reader = reader;
        this.texts = texts;
    }

    /** The texts whose meaning can be read (null for the others), kept until the engine asks. */
    static RequestMeanings of(PreparedCorpus prepared, MeaningReader reader) {
        return of(prepared.documents(), reader);
    }

    /** The same for texts prepared one by one (against a codebook's vocabulary). */
    static RequestMeanings of(List<PreparedText> prepared, MeaningReader reader) {
        return new RequestMeanings(reader, readableTexts(prepared).toArray(String[]::new));
    }

    /** Each document's redacted text without boilerplate when its meaning can be read; null otherwise. */
    static List<String> readableTexts(PreparedCorpus prepared) {
        return readableTexts(prepared.documents());
    }

    private static List<String> readableTexts(List<PreparedText> documents) {
        List<String> texts = new ArrayList<>(documents.size());
        for (PreparedText doc : documents) {
            texts.add(readsMeaning(doc.language()) && !doc.displayText().isBlank() ? doc.displayText() : null);
        }
        return texts;
    }

    /** Whether the sentence model reads texts of this language: English, or too short to tell. */
    static boolean readsMeaning(Language language) {
        return language == Language.ENGLISH || language == Language.UNDETERMINED;
    }

    @Override
    public Meanings read(int[] documents, ProgressListener progress, CancellationToken cancel) {
        List<String> wanted = new ArrayList<>(documents.length);
        for (int d : documents) {
            wanted.add(texts[d]);
        }
        try {
            return new Meanings(reader.read(wanted, progress, cancel), reader.modelName(), "");
        } catch (MeaningUnavailableException e) {
            return Meanings.unavailable(e.getMessage());
        }
    }
}
