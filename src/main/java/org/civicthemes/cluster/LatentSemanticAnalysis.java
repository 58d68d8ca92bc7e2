package org.civicthemes.cluster;

import org.civicthemes.progress.CancellationToken;
import org.civicthemes.progress.ProgressListener;

/**
 * Latent semantic analysis: documents projected on the top right singular vectors of the TF-IDF matrix
 * ({@link RandomizedSvd}), then scaled to unit length, so k-means works in cosine geometry. On large corpora the
 * singular vectors are estimated from a sample: the top directions of 100,000 documents' term co-occurrences are
 * those of the whole corpus for practical purposes, and the SVD's cost then no longer grows with the corpus.
 */
record LatentSemanticAnalysis(int dimensions) implements DimensionReduction {

    /** Above this many documents the singular vectors come from a fixed-seed sample of this size; all are projected. */
    static final int SVD_SAMPLE = 100_000;

    @Override
    public Rows reduce(SparseRows tfidf, long seed, ProgressListener progress, CancellationToken cancel) {
        SparseRows basis = tfidf.size() > SVD_SAMPLE
                ? tfidf.select(Samples.sorted(tfidf.size(), SVD_SAMPLE, seed)) : tfidf;
        RandomizedSvd.Result svd = RandomizedSvd.fit(basis, dimensions, seed, progress, cancel);
        int d = svd.dimensions();
        double[] v = svd.components();
        int n = tfidf.size();
        float[] out = new float[n * d];
        Chunks.forEach(n, cancel, (chunk, from, to) -> {
            double[] row = new double[d];
            for (int i = from; i < to; i++) {
                java.util.Arrays.fill(row, 0);
                for (int e = tfidf.start(i); e < tfidf.end(i); e++) {
                    double x = tfidf.value(e);
                    int b = tfidf.index(e) * d;
                    for (int c = 0; c < d; c++) {
                        row[c] += x * v[b + c];
                    }
                }
                double norm = 0;
                for (int c = 0; c < d; c++) {
                    norm += row[c] * row[c];
                }
                if (norm > 1e-20) {
                    double scale = 1 / Math.sqrt(norm);
                    for (int c = 0; c < d; c++) {
                        out[i * d + c] = (float) (row[c] * scale);
                    }
                }
            }
        });
        return new DenseRows(n, d, out);
    }
}
