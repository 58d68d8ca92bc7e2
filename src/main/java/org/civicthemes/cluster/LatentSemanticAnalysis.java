package org.civicthemes.cluster;

import org.civicthemes.progress.CancellationToken;
import org.civicthemes.progress.ProgressListener;

/**
 * Latent semantic analysis: documents projected on the top right singular vectors of the TF-IDF matrix
 * ({@link RandomizedSvd}), then scaled to unit length, so k-means works in cosine geometry. On large corpora the
 * singular vectors are estimated from a sample: the top directions of 100,000 documents' term co-occurrences are
 * those of the whole corpus for practical purposes, and the SVD's cost then no longer grows with the corpus.
 * Short documents (fewer non-zeros than dimensions, the usual case for service requests) stay implicit
 * ({@link ProjectedRows}); longer ones are projected into dense rows.
 */
record LatentSemanticAnalysis(int dimensions) implements DimensionReduction {

    /** Above this many documents the singular vectors come from a fixed-seed sample of this size; all are projected. */
    static final int SVD_SAMPLE = 100_000;

    @Override
    public Rows reduce(SparseRows tfidf, long seed, ProgressListener progress, CancellationToken cancel) {
        return fit(tfidf, seed, progress, cancel).rows();
    }

    /**
     * The reduced rows with the singular vectors they were projected on.
     *
     * @param rows       the documents, unit length
     * @param components the m x d singular vectors, term-major ({@code components[term * d + j]})
     * @param dimensions d, at most the dimensions asked for
     */
    record Fitted(Rows rows, double[] components, int dimensions) {
    }

    /** As {@link #reduce}, keeping the projection so new documents can be placed in the same space. */
    Fitted fit(SparseRows tfidf, long seed, ProgressListener progress, CancellationToken cancel) {
        SparseRows basis = tfidf.size() > SVD_SAMPLE
                ? tfidf.select(Samples.sorted(tfidf.size(), SVD_SAMPLE, seed)) : tfidf;
        RandomizedSvd.Result svd = RandomizedSvd.fit(basis, dimensions, seed, progress, cancel);
        int d = svd.dimensions();
        ProjectedRows projected = ProjectedRows.of(tfidf, svd.components(), d, cancel);
        // comparing a dense row costs d products per centre, an implicit one a product per non-zero
        return new Fitted(tfidf.nonZeros() <= (long) tfidf.size() * d ? projected : projected.materialize(cancel),
                svd.components(), d);
    }
}
