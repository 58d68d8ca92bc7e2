package org.civicthemes.cluster;

import org.civicthemes.progress.CancellationToken;

/**
 * Puts a document's words (its row after LSA, unit length) and its meaning (a unit sentence vector) side by side:
 * {@code (w * words, meaning) / |...|}, so that the cosine of two joined rows is a weighted mean of the cosines of
 * their words and of their meanings. A document without a meaning vector keeps its words alone (unit length, zeros
 * in the meaning part): its similarity to a centre is then read from the centre's words.
 */
final class MeaningJoin {

    /** The weight of the words beside the meaning, chosen on the labelled sets (docs/decisions/0012). */
    static final double WORD_WEIGHT = 0.5;

    private MeaningJoin() {
    }

    static DenseRows join(Rows words, float[][] meanings, double wordWeight, CancellationToken cancel) {
        int n = words.size();
        if (meanings.length != n) {
            throw new IllegalArgumentException("One meaning per row: " + meanings.length + " for " + n);
        }
        int dw = words.dimensions();
        int dm = 0;
        for (float[] m : meanings) {
            if (m != null) {
                dm = m.length;
                break;
            }
        }
        int d = dw + dm;
        float[] data = new float[n * d];
        double[] row = new double[d];
        for (int i = 0; i < n; i++) {
            if (i % 4096 == 0) {
                cancel.throwIfCancelled();
            }
            java.util.Arrays.fill(row, 0);
            float[] meaning = meanings[i];
            double w = meaning == null ? 1 : wordWeight;
            words.addTo(i, w, row, 0);
            if (meaning != null) {
                for (int j = 0; j < dm; j++) {
                    row[dw + j] = meaning[j];
                }
            }
            double norm = 0;
            for (double v : row) {
                norm += v * v;
            }
            double scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
            for (int j = 0; j < d; j++) {
                data[i * d + j] = (float) (row[j] * scale);
            }
        }
        return new DenseRows(n, d, data);
    }
}
