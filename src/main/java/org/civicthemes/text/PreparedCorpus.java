package org.civicthemes.text;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * All requests of a corpus, prepared, with the vocabulary built from them.
 *
 * @param documents  one per input text, in input order
 * @param vocabulary every term key that occurs, with its label and counts
 * @param redactions redactions summed over the corpus
 * @param languages  how many texts were detected in each language (every language present, zeros included)
 */
public record PreparedCorpus(List<PreparedText> documents, Vocabulary vocabulary, RedactionCounts redactions,
                             Map<Language, Integer> languages) {

    public PreparedCorpus {
        documents = List.copyOf(documents);
        Objects.requireNonNull(vocabulary, "vocabulary");
        Objects.requireNonNull(redactions, "redactions");
        Map<Language, Integer> copy = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            copy.put(language, languages.getOrDefault(language, 0));
        }
        languages = java.util.Collections.unmodifiableMap(copy);
    }
}
