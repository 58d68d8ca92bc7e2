package org.civicthemes.cluster;

import org.civicthemes.progress.CancellationToken;
import org.civicthemes.progress.ProgressListener;

/** Maps unit-length TF-IDF rows to the unit-length rows that k-means groups. */
@FunctionalInterface
interface DimensionReduction {

    /** Keeps the TF-IDF vectors as they are. */
    DimensionReduction NONE = (rows, seed, progress, cancel) -> rows;

    Rows reduce(SparseRows tfidf, long seed, ProgressListener progress, CancellationToken cancel);
}
