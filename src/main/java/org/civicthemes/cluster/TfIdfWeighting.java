package org.civicthemes.cluster;

/**
 * TF-IDF with the smoothed inverse document frequency {@code ln((1 + n) / (1 + df)) + 1}, and the term count taken
 * as is or as {@code 1 + ln(count)} (sublinear). The same formulas as scikit-learn's TfidfVectorizer, so the
 * benchmarks compare clustering, not weighting.
 */
record TfIdfWeighting(boolean sublinearTf) implements TermWeighting {

    @Override
    public double weight(int termCount, int documentFrequency, int documentCount) {
        return tf(termCount) * idf(documentFrequency, documentCount);
    }

    /** The weight of a term's count in one document. */
    double tf(int termCount) {
        return sublinearTf ? 1 + Math.log(termCount) : termCount;
    }

    /** The smoothed inverse document frequency of a term in {@code documentFrequency} of {@code documentCount}. */
    static double idf(int documentFrequency, int documentCount) {
        return Math.log((1.0 + documentCount) / (1.0 + documentFrequency)) + 1;
    }
}
