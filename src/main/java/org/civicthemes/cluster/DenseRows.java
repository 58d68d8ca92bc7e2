package org.civicthemes.cluster;

/** Dense rows of floats, row-major: the documents after latent semantic analysis. Immutable once built. */
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
    public void similarities(int row, double[] byDimension, double[] byCentre, int k, double[] out) {
        for (int c = 0; c < k; c++) {
            out[c] += dot(row, byCentre, c * dims);
        }
    }

    @Override
    public double dot(int row, double[] vector) {
        return dot(row, vector, 0);
    }

    /** Four running sums: the JIT does not vectorize a floating-point reduction, but it can overlap four. */
    private double dot(int row, double[] vector, int offset) {
        int base = row * dims;
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int j = 0;
        for (; j + 3 < dims; j += 4) {
            s0 += data[base + j] * vector[offset + j];
            s1 += data[base + j + 1] * vector[offset + j + 1];
            s2 += data[base + j + 2] * vector[offset + j + 2];
            s3 += data[base + j + 3] * vector[offset + j + 3];
        }
        for (; j < dims; j++) {
            s0 += data[base + j] * vector[offset + j];
        }
        return (s0 + s1) + (s2 + s3);
    }

    @Override
    public void addTo(int row, double scale, double[] target, int offset) {
        int base = row * dims;
        for (int j = 0; j < dims; j++) {
            target[offset + j] += scale * data[base + j];
        }
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
