package org.civicthemes.text;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The terms of a corpus: each key with the words a person reads for it (its most frequent surface form,
 * ties broken alphabetically) and how often it occurs. Sorted by key; immutable.
 */
public final class Vocabulary {

    /**
     * One term.
     *
     * @param key               the term key in {@link PreparedText#termKeys()}: a stem, or two stems joined by '_'
     * @param label             words for people: "streetlight", "street light"
     * @param phrase            whether the term is a two-word phrase
     * @param count             occurrences in the corpus
     * @param documentFrequency documents that contain it
     */
    public record Term(String key, String label, boolean phrase, long count, int documentFrequency) {

        public Term {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(label, "label");
        }
    }

    /** A vocabulary without terms. */
    public static final Vocabulary EMPTY = new Vocabulary(Map.of());

    private final Map<String, Term> terms;

    Vocabulary(Map<String, Term> terms) {
        this.terms = Collections.unmodifiableMap(new TreeMap<>(terms));
    }

    /**
     * A vocabulary of known term keys without counts, such as a codebook's: a key with '_' is a phrase (two stems
     * joined), so {@link TextPipeline#prepare(String, Vocabulary)} joins exactly these phrases in a new text.
     */
    public static Vocabulary ofKeys(java.util.Collection<String> keys) {
        Map<String, Term> terms = new java.util.HashMap<>();
        for (String key : keys) {
            terms.put(key, new Term(key, key.replace('_', ' '), key.indexOf('_') > 0, 0, 0));
        }
        return new Vocabulary(terms);
    }

    /** All terms, sorted by key. */
    public List<Term> terms() {
        return List.copyOf(terms.values());
    }

    public Optional<Term> term(String key) {
        return Optional.ofNullable(terms.get(key));
    }

    /** The words for a key; for a key this vocabulary does not know, the key with '_' read as a space. */
    public String label(String key) {
        Term term = terms.get(key);
        return term != null ? term.label() : key.replace('_', ' ');
    }

    public boolean isPhrase(String key) {
        Term term = terms.get(key);
        return term != null && term.phrase();
    }

    public int size() {
        return terms.size();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Vocabulary other && terms.equals(other.terms);
    }

    @Override
    public int hashCode() {
        return terms.hashCode();
    }

    @Override
    public String toString() {
        return "Vocabulary[" + terms.size() + " terms]";
    }
}
