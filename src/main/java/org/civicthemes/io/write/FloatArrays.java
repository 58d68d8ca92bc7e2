package org.civicthemes.io.write;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Base64;

/**
 * Long vectors of a codebook as text: 32-bit floats, little-endian, in Base64. Exact (a float read back is the
 * float written) and about a third of the size of decimal numbers.
 */
final class FloatArrays {

    private FloatArrays() {
    }

    static String encode(float[] values) {
        ByteBuffer bytes = ByteBuffer.allocate(values.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        bytes.asFloatBuffer().put(values);
        return Base64.getEncoder().encodeToString(bytes.array());
    }

    /** @throws IllegalArgumentException when the text is not Base64 of whole floats */
    static float[] decode(String text) {
        byte[] bytes = Base64.getDecoder().decode(text);
        if (bytes.length % Float.BYTES != 0) {
            throw new IllegalArgumentException("the values are cut short (" + bytes.length + " bytes is not a whole "
                    + "number of 4-byte values)");
        }
        float[] out = new float[bytes.length / Float.BYTES];
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(out);
        return out;
    }
}
