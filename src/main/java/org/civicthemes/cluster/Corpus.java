package org.civicthemes.cluster;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.civicthemes.text.PreparedCorpus;
import org.civicthemes.text.PreparedText;
import org.civicthemes.text.Vocabulary;

/**
 * Prepared documents: each document is a list of term keys (already normalized, stemmed, with phrases joined into
 * one key such as "street_light"). An empty list means the request had no description.
 *
 * @param documents    the terms of each document, in corpus order
 * @param displayForms the form in which to show a term key to people; a missing key is shown with '_' as a space
 */
public record Corpus(List<List<String>> documents, Map<String, String> displayForms) {

    public Corpus {
        documents = List.copyOf(documents);
        displayForms = Map.copyOf(displayForms);
    }

    public Corpus(List<List<String>> documents) {
        this(documents, Map.of());
    }

    /** The term keys of prepared texts, shown by their most frequent surface forms. */
    public static Corpus of(PreparedCorpus prepared) {
        List<List<String>> documents = new ArrayList<>(prepared.documents().size());
        for (PreparedText doc : prepared.documents()) {
            documents.add(doc.termKeys());
        }
        Map<String, String> display = new LinkedHashMap<>();
        for (Vocabulary.Term term : prepared.vocabulary().terms()) {
            display.put(term.key(), term.label());
        }
        return new Corpus(documents, display);
    }

    public int size() {
        return documents.size();
    }

    /** How a term key is shown in labels. */
    public String display(String term) {
        String shown = displayForms.get(term);
        return shown != null ? shown : term.replace('_', ' ');
    }
}
