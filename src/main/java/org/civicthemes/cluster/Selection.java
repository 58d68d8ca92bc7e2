package org.civicthemes.cluster;

import java.util.Arrays;

/**
 * The documents of one run, split into those without terms ("No description"), those whose terms were all
 * dropped by the frequency limits (Unclear: nothing to compare), and the rest, whose vectors are grouped.
 *
 * @param documents all documents of the run, increasing
 * @param grouped   documents with a non-zero vector, increasing
 * @param vectors   their TF-IDF rows, in the same order
 */
record Selection(int[] documents, int[] grouped, SparseRows vectors) {

    static Selection of(TermSpace space, int[] requested) {
        int[] documents = requested.clone();
        Arrays.sort(documents);
        for (int i = 0; i < documents.length; i++) {
            if (documents[i] < 0 || documents[i] >= space.documentCount()) {
                throw new IllegalArgumentException("No document " + documents[i] + " in a corpus of "
                        + space.documentCount());
            }
            if (i > 0 && documents[i] == documents[i - 1]) {
                throw new IllegalArgumentException("Document " + documents[i] + " is listed twice");
            }
        }
        int[] grouped = Arrays.stream(documents).filter(d -> !space.tfidf().isZero(d)).toArray();
        return new Selection(documents, grouped, space.tfidf().select(grouped));
    }
}
