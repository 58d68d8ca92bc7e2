package org.civicthemes.cluster;

/** Unit-length (or zero) document vectors that k-means, seeding and scoring read. */
interface Rows {

    int size();

    int dimensions();

    /**
     * Adds the dot product of a row with each of {@code k} centres to {@code out[0..k)}. The centres come in both
     * layouts, so each kind of row reads the faster one: dimension-major, centre c's value for dimension j at
     * {@code byDimension[j * k + c]} (sparse rows), and centre-major at {@code byCentre[c * d + j]} (dense rows).
     */
    void similarities(int row, double[] byDimension, double[] byCentre, int k, double[] out);

    /** Dot product of a row with a dense vector of {@link #dimensions()} values. */
    default double dot(int row, double[] vector) {
        return dot(row, vector, 0);
    }

    /** Dot product of a row with the {@link #dimensions()} values of {@code vector} from {@code offset}. */
    double dot(int row, double[] vector, int offset);

    /** Squared length of a row, summed in double. */
    double squaredNorm(int row);

    /** Adds {@code scale} times a row to {@code target[offset + j]} for each dimension j. */
    void addTo(int row, double scale, double[] target, int offset);

    /** Whether the row is the zero vector (a document none of whose terms survived). */
    boolean isZero(int row);

    /** The rows at the given indexes, in that order. */
    Rows select(int[] rows);
}
