package org.civicthemes.io.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A count over a whole file of the characters beyond ASCII that are valid UTF-8 and of the byte sequences that are
 * not. Exports are mostly plain ASCII, so bytes are first only checked for the high bit (a loop the JIT vectorizes);
 * from the first byte above 127 on, a strict decoder reads the rest, skipping and counting each invalid sequence.
 * Every byte before that one is a whole character, so the decoder starts on a character boundary.
 *
 * @param valid   characters beyond ASCII decoded from valid UTF-8
 * @param invalid byte sequences that are not UTF-8
 */
record Utf8Census(long valid, long invalid) {

    private static final int BUFFER = 1 << 16;
    /** Invalid sequences after which a file with far fewer valid ones is taken for another encoding. */
    private static final int ENOUGH_TO_JUDGE = 1000;

    /** UTF-8 but for a few bytes: at least one valid character beyond ASCII, and no fewer than invalid sequences. */
    boolean mostlyUtf8() {
        return valid > 0 && valid >= invalid;
    }

    static Utf8Census of(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] chunk = new byte[BUFFER];
            int n;
            while ((n = in.readNBytes(chunk, 0, chunk.length)) > 0) {
                int firstHigh = firstNonAscii(chunk, n);
                if (firstHigh >= 0) {
                    return decode(chunk, firstHigh, n, in);
                }
            }
            return new Utf8Census(0, 0);
        }
    }

    private static int firstNonAscii(byte[] bytes, int length) {
        for (int i = 0; i < length; i++) {
            if (bytes[i] < 0) {
                return i;
            }
        }
        return -1;
    }

    /** Decodes {@code chunk[from, to)} and then the rest of {@code in}, counting. */
    private static Utf8Census decode(byte[] chunk, int from, int to, InputStream in) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.allocate(BUFFER);
        CharBuffer chars = CharBuffer.allocate(BUFFER);
        bytes.put(chunk, from, to - from);
        long valid = 0;
        long invalid = 0;
        boolean end = false;
        while (true) {
            bytes.flip();
            CoderResult result = decoder.decode(bytes, chars, end);
            valid += nonAscii(chars);
            if (result.isError()) {
                invalid++;
                bytes.position(bytes.position() + result.length());
                if (invalid >= ENOUGH_TO_JUDGE && valid < invalid) {
                    return new Utf8Census(valid, invalid);
                }
            }
            bytes.compact();
            if (end && !result.isError() && bytes.position() == 0) {
                return new Utf8Census(valid, invalid);
            }
            if (!end && !result.isError()) {
                int n = in.read(chunk, 0, bytes.remaining());
                if (n > 0) {
                    bytes.put(chunk, 0, n);
                } else if (n < 0) {
                    end = true;
                }
            }
        }
    }

    private static long nonAscii(CharBuffer chars) {
        chars.flip();
        long count = 0;
        while (chars.hasRemaining()) {
            if (chars.get() > 0x7F) {
                count++;
            }
        }
        chars.clear();
        return count;
    }
}
