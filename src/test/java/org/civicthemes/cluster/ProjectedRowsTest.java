package org.civicthemes.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.civicthemes.progress.CancellationToken;
import org.civicthemes.progress.ProgressListener;
import org.junit.jupiter.api.Test;

class ProjectedRowsTest {

    private static final CancellationToken NEVER = CancellationToken.NEVER;

    private static ProjectedRows projected(SparseRows tfidf) {
        RandomizedSvd.Result svd = RandomizedSvd.fit(tfidf, 12, 3, ProgressListener.NONE, NEVER);
        return ProjectedRows.of(tfidf, svd.components(), svd.dimensions(), NEVER);
    }

    private static SparseRows tfidf() {
        SyntheticCorpus corpus = SyntheticCorpus.separated(5, 40, 2);
        java.util.List<java.util.List<String>> docs = new java.util.ArrayList<>(corpus.documents);
        docs.add(java.util.List.of()); // a document without terms: a zero row
        return new TfIdfVectorizer(new TfIdfWeighting(true)).vectorize(docs, Vocabulary.count(docs, 1, 1.0, NEVER),
                NEVER);
    }

    @Test
    void comparesLikeTheDenseProjection() {
        ProjectedRows rows = projected(tfidf());
        DenseRows dense = rows.materialize(NEVER);
        int k = 7;
        int d = rows.dimensions();
        double[] centres = new double[k * d];
        Random random = new Random(1);
        for (int i = 0; i < centres.length; i++) {
            centres[i] = random.nextGaussian();
        }
        Rows.CentreBlock implicit = rows.centres(centres, k);
        Rows.CentreBlock explicit = dense.centres(centres, k);
        double[] a = new double[k];
        double[] b = new double[k];
        for (int i = 0; i < rows.size(); i++) {
            implicit.similarities(i, a);
            explicit.similarities(i, b);
            for (int c = 0; c < k; c++) {
                assertThat(a[c]).isCloseTo(b[c], within(1e-5));
                assertThat(implicit.similarity(i, c)).isCloseTo(a[c], within(1e-12));
            }
            assertThat(rows.isZero(i)).isEqualTo(dense.isZero(i));
            assertThat(rows.squaredNorm(i)).isCloseTo(dense.squaredNorm(i), within(1e-5));
        }
        assertThat(rows.isZero(rows.size() - 1)).isTrue();
        assertThat(rows.isZero(0)).isFalse();
    }

    @Test
    void groupSumsAreTheSumsOfTheProjectedRows() {
        ProjectedRows rows = projected(tfidf());
        int k = 4;
        int d = rows.dimensions();
        int[] labels = new int[rows.size()];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = i % 5 == 4 ? -1 : i % k;
        }
        double[] expected = new double[k * d];
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] >= 0) {
                rows.addTo(i, 1, expected, labels[i] * d);
            }
        }
        double[] sums = rows.groupSums(labels, k, NEVER);
        for (int j = 0; j < sums.length; j++) {
            assertThat(sums[j]).isCloseTo(expected[j], within(1e-9));
        }
    }

    @Test
    void selectionKeepsEachRowsProjection() {
        ProjectedRows rows = projected(tfidf());
        int[] picked = {3, 17, rows.size() - 1, 50};
        Rows selected = rows.select(picked);
        int d = rows.dimensions();
        for (int i = 0; i < picked.length; i++) {
            double[] a = new double[d];
            double[] b = new double[d];
            rows.addTo(picked[i], 1, a, 0);
            selected.addTo(i, 1, b, 0);
            assertThat(b).containsExactly(a);
        }
    }
}
