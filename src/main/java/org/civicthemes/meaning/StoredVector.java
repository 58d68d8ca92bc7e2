package org.civicthemes.meaning;

/**
 * The form in which every sentence vector is used and cached: one signed byte per dimension, the largest magnitude
 * at 127 (a quarter of the size of floats; cosine to the float vector above 0.9999), restored to unit length. A fresh
 * vector is rounded to this form before use, so a run gives the same themes whether its vectors came from the model
 * or from the cache.
 */
final class StoredVector {

    private StoredVector() {
    }

    /** The bytes of a vector (all zero for the zero vector). */
    static byte[] quantize(float[] vector) {
        float max = 0;
        for (float v : vector) {
            max = Math.max(max, Math.abs(v));
        }
        byte[] out = new byte[vector.length];
        if (max == 0 || !Float.isFinite(max)) {
            return out;
        }
        float scale = 127f / max;
        for (int j = 0; j < vector.length; j++) {
            out[j] = (byte) Math.max(-127, Math.min(127, Math.round(vector[j] * scale)));
        }
        return out;
    }

    /** The unit-length vector of stored bytes (all zero bytes give the zero vector). */
    static float[] restore(byte[] values) {
        double norm = 0;
        for (byte v : values) {
            norm += (double) v * v;
        }
        float[] out = new float[values.length];
        if (norm == 0) {
            return out;
        }
        double unit = 1 / Math.sqrt(norm);
        for (int j = 0; j < values.length; j++) {
            out[j] = (float) (values[j] * unit);
        }
        return out;
    }
}
