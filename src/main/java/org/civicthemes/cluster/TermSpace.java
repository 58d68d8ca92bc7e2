package org.civicthemes.cluster;

/**
 * A corpus turned into unit-length TF-IDF vectors, kept so that themes can be found again (with other k, seeds or
 * on a subset of the documents) without counting and weighting the terms again. Immutable.
 */
public final class TermSpace {

    private final Vocabulary vocabulary;
    private final SparseRows tfidf;
    private final boolean[] hasTerms;
    private final String[] display;
    private final VectorSettings settings;

    /** The options that shaped the vectors; finding themes with other values of these needs a new space. */
    record VectorSettings(int minDf, double maxDfShare, boolean sublinearTf) {
    }

    TermSpace(Vocabulary vocabulary, SparseRows tfidf, boolean[] hasTerms, String[] display, VectorSettings settings) {
        this.vocabulary = vocabulary;
        this.tfidf = tfidf;
        this.hasTerms = hasTerms;
        this.display = display;
        this.settings = settings;
    }

    /** Documents in the corpus, with or without terms. */
    public int documentCount() {
        return hasTerms.length;
    }

    /** Terms kept after the document-frequency limits. */
    public int vocabularySize() {
        return vocabulary.size();
    }

    Vocabulary vocabulary() {
        return vocabulary;
    }

    SparseRows tfidf() {
        return tfidf;
    }

    boolean hasTerms(int document) {
        return hasTerms[document];
    }

    String display(int term) {
        return display[term];
    }

    VectorSettings settings() {
        return settings;
    }
}
