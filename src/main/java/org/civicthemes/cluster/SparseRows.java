package org.civicthemes.cluster;

import org.civicthemes.progress.CancellationToken;

/**
 * Compressed sparse rows with float values: about 8 bytes per non-zero, so a million short documents take tens of
 * megabytes. Immutable once built.
 */
final class SparseRows implements Rows {

    private final int columns;
    private final int[] starts;
    private final int[] indexes;
    private final float[] values;

    SparseRows(int columns, int[] starts, int[] indexes, float[] values) {
        if (starts.length == 0 || starts[starts.length - 1] != indexes.length || indexes.length != values.length) {
            throw new IllegalArgumentException("Inconsistent sparse rows");
        }
        this.columns = columns;
        this.starts = starts;
        this.indexes = indexes;
        this.values = values;
    }

    @Override
    public int size() {
        return starts.length - 1;
    }

    @Override
    public int dimensions() {
        return columns;
    }

    int start(int row) {
        return starts[row];
    }

    int end(int row) {
        return starts[row + 1];
    }

    int index(int entry) {
        return indexes[entry];
    }

    float value(int entry) {
        return values[entry];
    }

    int nonZeros() {
        return indexes.length;
    }

    @Override
    public CentreBlock centres(double[] byCentre, int k) {
        return new Block(BoundedLloyd.transpose(byCentre, k, columns), k);
    }

    /** Dimension-major centres: the k values of a term sit side by side, read once per non-zero of a row. */
    private final class Block implements CentreBlock {

        private final double[] byDimension;
        private final int k;

        Block(double[] byDimension, int k) {
            this.byDimension = byDimension;
            this.k = k;
        }

        @Override
        public void similarities(int row, double[] out) {
            java.util.Arrays.fill(out, 0, k, 0);
            for (int e = starts[row]; e < starts[row + 1]; e++) {
                double v = values[e];
                int base = indexes[e] * k;
                for (int c = 0; c < k; c++) {
                    out[c] += v * byDimension[base + c];
                }
            }
        }

        @Override
        public double similarity(int row, int c) {
            double s = 0;
            for (int e = starts[row]; e < starts[row + 1]; e++) {
                double v = values[e];
                s += v * byDimension[indexes[e] * k + c];
            }
            return s;
        }
    }

    @Override
    public double squaredNorm(int row) {
        double s = 0;
        for (int e = starts[row]; e < starts[row + 1]; e++) {
            double v = values[e];
            s += v * v;
        }
        return s;
    }

    @Override
    public void addTo(int row, double scale, double[] target, int offset) {
        for (int e = starts[row]; e < starts[row + 1]; e++) {
            target[offset + indexes[e]] += scale * values[e];
        }
    }

    @Override
    public double[] groupSums(int[] labels, int k, CancellationToken cancel) {
        double[] sums = new double[k * columns];
        for (int i = 0; i < size(); i++) {
            if ((i & 65535) == 0) {
                cancel.throwIfCancelled();
            }
            int c = labels[i];
            if (c >= 0 && c < k) {
                addTo(i, 1, sums, c * columns);
            }
        }
        return sums;
    }

    @Override
    public boolean isZero(int row) {
        return starts[row] == starts[row + 1];
    }

    @Override
    public SparseRows select(int[] rows) {
        int[] s = new int[rows.length + 1];
        for (int i = 0; i < rows.length; i++) {
            s[i + 1] = s[i] + (starts[rows[i] + 1] - starts[rows[i]]);
        }
        int[] ix = new int[s[rows.length]];
        float[] v = new float[ix.length];
        for (int i = 0; i < rows.length; i++) {
            int from = starts[rows[i]];
            int len = starts[rows[i] + 1] - from;
            System.arraycopy(indexes, from, ix, s[i], len);
            System.arraycopy(values, from, v, s[i], len);
        }
        return new SparseRows(columns, s, ix, v);
    }
}
