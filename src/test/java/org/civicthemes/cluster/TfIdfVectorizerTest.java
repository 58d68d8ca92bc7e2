package org.civicthemes.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.civicthemes.progress.CancellationToken;
import org.junit.jupiter.api.Test;

/** TF-IDF values of a tiny corpus against numbers computed by hand: idf = ln((1 + n) / (1 + df)) + 1, rows L2-normalized. */
class TfIdfVectorizerTest {

    private static final List<List<String>> FRUIT = List.of(
            List.of("apple", "apple", "pear"),
            List.of("apple", "fig"),
            List.of("fig", "fig", "fig", "kiwi"),
            List.of());

    private static SparseRows vectorize(int minDf, double maxDfShare, boolean sublinear) {
        Vocabulary vocabulary = Vocabulary.count(FRUIT, minDf, maxDfShare, CancellationToken.NEVER);
        return new TfIdfVectorizer(new TfIdfWeighting(sublinear)).vectorize(FRUIT, vocabulary, CancellationToken.NEVER);
    }

    /** Term order is alphabetical: apple 0, fig 1, kiwi 2, pear 3. */
    private static double[] row(SparseRows rows, int r) {
        double[] out = new double[rows.dimensions()];
        rows.addTo(r, 1, out, 0);
        return out;
    }

    @Test
    void rawCountsTimesSmoothedIdf() {
        SparseRows rows = vectorize(1, 1.0, false);
        assertThat(rows.dimensions()).isEqualTo(4);
        assertThat(row(rows, 0)).containsExactly(new double[] {0.835592, 0, 0, 0.549351}, within(1e-6));
        assertThat(row(rows, 1)).containsExactly(new double[] {0.707107, 0.707107, 0, 0}, within(1e-6));
        assertThat(row(rows, 2)).containsExactly(new double[] {0, 0.915890, 0.401429, 0}, within(1e-6));
        assertThat(rows.isZero(3)).isTrue();
    }

    @Test
    void sublinearCountsUseOnePlusLog() {
        SparseRows rows = vectorize(1, 1.0, true);
        assertThat(row(rows, 0)).containsExactly(new double[] {0.789807, 0, 0, 0.613356}, within(1e-6));
        assertThat(row(rows, 2)).containsExactly(new double[] {0, 0.847408, 0.530941, 0}, within(1e-6));
    }

    @Test
    void minimumDocumentFrequencyDropsRareTerms() {
        SparseRows rows = vectorize(2, 1.0, true);
        assertThat(rows.dimensions()).isEqualTo(2);
        assertThat(row(rows, 0)).containsExactly(new double[] {1, 0}, within(1e-6));
    }

    @Test
    void maximumShareDropsTermsInMoreThanThatShareOfNonEmptyDocuments() {
        // 3 documents have terms; 0.5 of them is 1.5, so apple and fig (in 2) go, kiwi and pear stay
        SparseRows rows = vectorize(1, 0.5, true);
        assertThat(rows.dimensions()).isEqualTo(2);
        assertThat(rows.isZero(1)).isTrue();
        assertThat(row(rows, 0)).containsExactly(new double[] {0, 1}, within(1e-6));
    }

    @Test
    void termWeightingFormula() {
        TermWeighting w = new TfIdfWeighting(true);
        assertThat(w.weight(1, 1, 1)).isCloseTo(1.0, within(1e-12));
        assertThat(w.weight(3, 2, 9)).isCloseTo((1 + Math.log(3)) * (Math.log(10.0 / 3) + 1), within(1e-12));
    }
}
