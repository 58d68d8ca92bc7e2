package org.civicthemes.cluster;

/** The weight of a term in a document, before the document's vector is scaled to unit length. */
@FunctionalInterface
public interface TermWeighting {

    /**
     * @param termCount         times the term occurs in the document (at least 1)
     * @param documentFrequency documents of the corpus containing the term
     * @param documentCount     documents in the corpus (with at least one term)
     */
    double weight(int termCount, int documentFrequency, int documentCount);
}
