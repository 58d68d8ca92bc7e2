package org.civicthemes.io.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The character set of a text export and the length of its byte-order mark. Excel writes UTF-8 with a
 * BOM ("CSV UTF-8"), UTF-16 little-endian with a BOM ("Unicode text") and Windows-1252 (older "CSV").
 *
 * @param charset the character set
 * @param bomLength bytes to skip at the start of the file
 */
record TextEncoding(Charset charset, int bomLength) {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final int SCAN_BUFFER = 1 << 16;

    /** The name shown in reports, with the BOM when there is one ("UTF-8 with BOM"). */
    String displayName() {
        String name = charset == WINDOWS_1252 ? "Windows-1252" : charset.name();
        return bomLength > 0 ? name + " with BOM" : name;
    }

    /**
     * The encoding told by the first bytes alone, or null when they do not look like text at all
     * (NUL bytes or many control characters without a UTF-16 pattern). A head that is valid UTF-8 is
     * taken as UTF-8 here; {@link #detect(Path)} checks the whole file.
     */
    static TextEncoding detectFromHead(byte[] head) {
        TextEncoding bom = fromBom(head);
        if (bom != null) {
            return bom;
        }
        TextEncoding utf16 = utf16WithoutBom(head);
        if (utf16 != null) {
            return utf16;
        }
        int control = 0;
        for (byte b : head) {
            int c = b & 0xFF;
            if (c == 0) {
                return null;
            }
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
                control++;
            }
        }
        if (control > head.length / 50 + 2) {
            return null;
        }
        return new TextEncoding(StandardCharsets.UTF_8, 0);
    }

    /**
     * Reads the whole file to tell UTF-8 from Windows-1252: a file that is valid UTF-8 from start to
     * end is UTF-8, otherwise it is Windows-1252 (which decodes any byte).
     */
    static TextEncoding detect(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(8192);
        }
        TextEncoding fromHead = detectFromHead(head);
        if (fromHead == null || fromHead.bomLength > 0 || fromHead.charset != StandardCharsets.UTF_8) {
            return fromHead;
        }
        return isValidUtf8(file) ? fromHead : new TextEncoding(WINDOWS_1252, 0);
    }

    String decodeHead(byte[] head) {
        return new String(head, bomLength, head.length - bomLength, charset);
    }

    private static TextEncoding fromBom(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return new TextEncoding(StandardCharsets.UTF_8, 3);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return new TextEncoding(StandardCharsets.UTF_16LE, 2);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return new TextEncoding(StandardCharsets.UTF_16BE, 2);
        }
        return null;
    }

    /** UTF-16 without a BOM shows as ASCII text with a NUL in every other byte. */
    private static TextEncoding utf16WithoutBom(byte[] b) {
        int pairs = Math.min(b.length / 2, 512);
        if (pairs < 4) {
            return null;
        }
        int evenNul = 0;
        int oddNul = 0;
        for (int i = 0; i < pairs; i++) {
            if (b[2 * i] == 0) {
                evenNul++;
            }
            if (b[2 * i + 1] == 0) {
                oddNul++;
            }
        }
        if (oddNul > pairs * 0.9 && evenNul < pairs * 0.1) {
            return new TextEncoding(StandardCharsets.UTF_16LE, 0);
        }
        if (evenNul > pairs * 0.9 && oddNul < pairs * 0.1) {
            return new TextEncoding(StandardCharsets.UTF_16BE, 0);
        }
        return null;
    }

    /**
     * Whether the whole file is UTF-8. Exports are mostly plain ASCII, so bytes are first only checked for the high bit
     * (a loop the JIT vectorizes); from the first byte above 127 on, a strict decoder reads the rest. Every byte
     * before that one is a whole character, so the decoder starts on a character boundary.
     */
    private static boolean isValidUtf8(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] chunk = new byte[SCAN_BUFFER];
            int n;
            while ((n = in.readNBytes(chunk, 0, chunk.length)) > 0) {
                int firstHigh = firstNonAscii(chunk, n);
                if (firstHigh >= 0) {
                    return decodesStrictly(chunk, firstHigh, n, in);
                }
            }
            return true;
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

    /** Decodes {@code chunk[from, to)} and then the rest of {@code in} as strict UTF-8. */
    private static boolean decodesStrictly(byte[] chunk, int from, int to, InputStream in) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.allocate(SCAN_BUFFER);
        CharBuffer chars = CharBuffer.allocate(SCAN_BUFFER);
        bytes.put(chunk, from, to - from);
        try {
            int n;
            do {
                bytes.flip();
                if (decoder.decode(bytes, chars, false).isError()) {
                    return false;
                }
                chars.clear();
                bytes.compact();
                n = in.read(chunk, 0, bytes.remaining());
                if (n > 0) {
                    bytes.put(chunk, 0, n);
                }
            } while (n > 0);
            bytes.flip();
            if (decoder.decode(bytes, chars, true).isError()) {
                return false;
            }
            return !decoder.flush(chars).isError();
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
