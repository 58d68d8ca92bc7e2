package org.civicthemes.meaning;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.zip.CRC32;

/**
 * The format of a file of sentence vectors (the user's cache, and the vectors shipped with the sample): a header
 * ("CIVICVEC", format 1, dimensions, the model id), then records of a {@link TextKey} (16 bytes), the vector's bytes
 * ({@link StoredVector}) and a CRC-32 of both. A file ending inside a record (a run killed while writing) is read up
 * to its last whole record.
 */
final class VectorFile {

    static final byte[] MAGIC = "CIVICVEC".getBytes(StandardCharsets.US_ASCII);
    static final int FORMAT = 1;

    private VectorFile() {
    }

    /** The file does not hold vectors of this model in this format, or a record fails its check. */
    static final class UnreadableException extends IOException {

        private static final long serialVersionUID = 1L;

        UnreadableException(String message) {
            super(message);
        }
    }

    static byte[] header(String modelId, int dimensions) {
        byte[] id = modelId.getBytes(StandardCharsets.UTF_8);
        ByteBuffer buffer = ByteBuffer.allocate(MAGIC.length + 4 + 4 + 2 + id.length);
        buffer.put(MAGIC).putInt(FORMAT).putInt(dimensions).putShort((short) id.length).put(id);
        return buffer.array();
    }

    static int recordBytes(int dimensions) {
        return TextKey.BYTES + dimensions + 4;
    }

    static byte[] record(TextKey key, byte[] vector) {
        ByteBuffer buffer = ByteBuffer.allocate(recordBytes(vector.length));
        key.writeTo(buffer);
        buffer.put(vector);
        CRC32 crc = new CRC32();
        crc.update(buffer.array(), 0, TextKey.BYTES + vector.length);
        buffer.putInt((int) crc.getValue());
        return buffer.array();
    }

    /**
     * Reads the vectors of the wanted keys into {@code found} (keys already there are kept).
     *
     * @return the length in bytes of the header and the whole records read
     * @throws UnreadableException when the header is not this model's, or a record fails its check
     */
    static long read(InputStream stream, String modelId, int dimensions, Set<TextKey> wanted,
                     Map<TextKey, byte[]> found) throws IOException {
        DataInputStream in = new DataInputStream(stream);
        byte[] expected = header(modelId, dimensions);
        byte[] header = new byte[expected.length];
        try {
            in.readFully(header);
        } catch (EOFException e) {
            throw new UnreadableException("it is shorter than its header");
        }
        if (!Arrays.equals(header, expected)) {
            throw new UnreadableException("it holds another model's vectors or another format");
        }
        long length = header.length;
        int size = recordBytes(dimensions);
        byte[] record = new byte[size];
        CRC32 crc = new CRC32();
        while (true) {
            int got = in.readNBytes(record, 0, size);
            if (got < size) {
                return length;
            }
            crc.reset();
            crc.update(record, 0, size - 4);
            ByteBuffer buffer = ByteBuffer.wrap(record);
            if (buffer.getInt(size - 4) != (int) crc.getValue()) {
                throw new UnreadableException("a record at byte " + length + " fails its check");
            }
            TextKey key = TextKey.readFrom(buffer);
            if (wanted.contains(key)) {
                found.putIfAbsent(key, Arrays.copyOfRange(record, TextKey.BYTES, TextKey.BYTES + dimensions));
            }
            length += size;
        }
    }
}
