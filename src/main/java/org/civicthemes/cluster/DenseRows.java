package org.civicthemes.cluster;

import org.civicthemes.progress.CancellationToken;

/** Dense rows of floats, row-major. Immutable once built. */
final class DenseRows implements Rows {

    private final int rows;
    private final int dims;
    private final float[] data;

    DenseRows(int rows, int dims, float[] data) {
        if ((long) rows * dims != data.length) {
            throw new IllegalArgumentException("Expected " + rows + " x " + dims + " values, got " + data.length);
        }
        this.rows = rows;
        this.dims = dims;
        this.data = data;
    }

    @Override
    public int size() {
        return rows;
    }

    @Override
    public int dimensions() {
        return dims;
    }

    float get(int row, int dim) {
        return data[row * dims + dim];
    }

    @Override
    public CentreBlock centres(double[] byCentre, int k) {
        return new Block(byCentre.clone(), k);
    }

    /** Centre-major centres, read four at a time. */
    private final class Block implements CentreBlock {

        private final double[] byCentre;
        private final int k;

        Block(double[] byCentre, int k) {
            this.byCentre = byCentre;
            this.k = k;
        }

        /**
         * Four centres at a time: each value of the row is read once for four products, and the four sums run
         * side by side (the JIT does not vectorize a floating-point reduction, but it overlaps independent ones).
         * About twice as fast as four separate dot products.
         */
        @Override
        public void similarities(int row, double[] out) {
            int base = row * dims;
            int c = 0;
            for (; c + 3 < k; c += 4) {
                int o0 = c * dims;
                int o1 = o0 + dims;
                int o2 = o1 + dims;
                int o3 = o2 + dims;
                double s0 = 0;
                double s1 = 0;
                double s2 = 0;
                double s3 = 0;
                for (int j = 0; j < dims; j++) {
                    double x = data[base + j];
                    s0 += x * byCentre[o0 + j];
                    s1 += x * byCentre[o1 + j];
                    s2 += x * byCentre[o2 + j];
                    s3 += x * byCentre[o3 + j];
                }
                out[c] = s0;
                out[c + 1] = s1;
                out[c + 2] = s2;
                out[c + 3] = s3;
            }
            for (; c < k; c++) {
                out[c] = similarity(row, c);
            }
        }

        /** Four running sums, overlapped by the processor. */
        @Override
        public double similarity(int row, int c) {
            int base = row * dims;
            int offset = c * dims;
            double s0 = 0;
            double s1 = 0;
            double s2 = 0;
            double s3 = 0;
            int j = 0;
            for (; j + 3 < dims; j += 4) {
                s0 += data[base + j] * byCentre[offset + j];
                s1 += data[base + j + 1] * byCentre[offset + j + 1];
                s2 += data[base + j + 2] * byCentre[offset + j + 2];
                s3 += data[base + j + 3] * byCentre[offset + j + 3];
            }
            for (; j < dims; j++) {
                s0 += data[base + j] * byCentre[offset + j];
            }
            return (s0 + s1) + (s2 + s3);
        }
    }

    @Override
    public double squaredNorm(int row) {
        int base = row * dims;
        double s = 0;
        for (int j = 0; j < dims; j++) {
            s += (double) data[base + j] * data[base + j];
        }
        return s;
    }

    @Override
    public void addTo(int row, double scale, double[] target, int offset) {
        int base = row * dims;
        for (int j = 0; j < dims; j++) {
            target[offset + j] += scale * data[base + j];
        }
    }

    @Override
    public double[] groupSums(int[] labels, int k, CancellationToken cancel) {
        double[] sums = new double[k * dims];
        for (int i = 0; i < rows; i++) {
            if ((i & 65535) == 0) {
                cancel.throwIfCancelled();
            }
            int c = labels[i];
            if (c >= 0 && c < k) {
                int base = i * dims;
                int offset = c * dims;
                for (int j = 0; j < dims; j++) {
                    sums[offset + j] += data[base + j];
                }
            }
        }
        return sums;
    }

    @Override
    public boolean isZero(int row) {
        int base = row * dims;
        for (int j = 0; j < dims; j++) {
            if (data[base + j] != 0f) {
                return false;
            }
        }
        return true;
    }

    @Override
    public DenseRows select(int[] selected) {
        float[] d = new float[selected.length * dims];
        for (int i = 0; i < selected.length; i++) {
            System.arraycopy(data, selected[i] * dims, d, i * dims, dims);
        }
        return new DenseRows(selected.length, dims, d);
    }
}
