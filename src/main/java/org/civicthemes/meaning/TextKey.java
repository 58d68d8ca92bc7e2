package org.civicthemes.meaning;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * What the cache knows of a text: the first 128 bits of the SHA-256 of its UTF-8 bytes. The text cannot be read
 * back from it.
 */
record TextKey(long high, long low) {

    static final int BYTES = 16;

    static TextKey of(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            ByteBuffer buffer = ByteBuffer.wrap(hash);
            return new TextKey(buffer.getLong(), buffer.getLong());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    void writeTo(ByteBuffer buffer) {
        buffer.putLong(high).putLong(low);
    }

    static TextKey readFrom(ByteBuffer buffer) {
        return new TextKey(buffer.getLong(), buffer.getLong());
    }
}
