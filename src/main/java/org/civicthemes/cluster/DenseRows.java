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
    public void similarities(int row, double[] centres, int k, double[] out) {
        int base = row * dims;
        for (int j = 0; j < dims; j++) {
            double v = data[base + j];
            int cb = j * k;
            for (int c = 0; c < k; c++) {
                out[c] += v * centres[cb + c];
            }
        }
    }

    @Override
    public double dot(int row, double[] vector) {
        int base = row * dims;
        double s = 0;
        for (int j = 0; j < dims; j++) {
            s += data[base + j] * vector[j];
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
