package org.civicthemes.cluster;

import org.civicthemes.progress.CancellationToken;

/** Unit-length (or zero) document vectors that k-means, seeding and scoring read. */
interface Rows {

    int size();

    int dimensions();

    /**
     * Makes {@code k} vectors (centre-major: vector c's value for dimension j at {@code byCentre[c * d + j]}) ready
     * to be compared with these rows, in whatever layout this kind of rows reads fastest.
     */
    CentreBlock centres(double[] byCentre, int k);

    /** Squared length of a row, summed in double. */
    double squaredNorm(int row);

    /** Adds {@code scale} times a row to {@code target[offset + j]} for each dimension j. */
    void addTo(int row, double scale, double[] target, int offset);

    /**
     * The sum of the rows of each group, centre-major ({@code sums[c * d + j]}); rows labelled outside 0..k-1 are
     * left out. The order of the additions depends only on the rows and the labels.
     */
    double[] groupSums(int[] labels, int k, CancellationToken cancel);

    /** Whether the row is the zero vector (a document none of whose terms survived). */
    boolean isZero(int row);

    /** The rows at the given indexes, in that order. */
    Rows select(int[] rows);

    /** Vectors made ready for comparison with rows. Immutable; safe to share between threads. */
    interface CentreBlock {

        /** Sets {@code out[c]} to the dot product of a row with each vector c. */
        void similarities(int row, double[] out);

        /** The dot product of a row with vector c. */
        double similarity(int row, int c);
    }
}
