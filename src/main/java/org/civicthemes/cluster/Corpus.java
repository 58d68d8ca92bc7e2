package org.civicthemes.cluster;

import java.util.List;
import java.util.Map;

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

    public int size() {
        return documents.size();
    }

    /** How a term key is shown in labels. */
    public String display(String term) {
        String shown = displayForms.get(term);
        return shown != null ? shown : term.replace('_', ' ');
    }
}
