package org.civicthemes.cluster;

/**
 * TF-IDF with the smoothed inverse document frequency {@code ln((1 + n) / (1 + df)) + 1}, and the term count taken
 * as is or as {@code 1 + ln(count)} (sublinear). The same formulas as scikit-learn's TfidfVectorizer, so the
 * benchmarks compare clustering, not weighting.
 */
record TfIdfWeighting(boolean sublinearTf) implements TermWeighting {

    @Override
    public double weight(int termCount, int documentFrequency, int documentCount) {
        double tf = sublinearTf ? 1 + Math.log(termCount) : termCount;
        double idf = Math.log((1.0 + documentCount) / (1.0 + documentFrequency)) + 1;
        return tf * idf;
    }
}
