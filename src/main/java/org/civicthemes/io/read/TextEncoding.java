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
 * @param replaced  byte sequences that are not valid in the charset and are read as U+FFFD (UTF-8 only)
 */
record TextEncoding(Charset charset, int bomLength, long replaced) {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final int SCAN_BUFFER = 1 << 16;

    TextEncoding(Charset charset, int bomLength) {
        this(charset, bomLength, 0);
    }

    /** The name shown in reports, with the BOM when there is one ("UTF-8 with BOM"). */
    String displayName() {
        String name = charset == WINDOWS_1252 ? "Windows-1252" : charset.name();
        return bomLength > 0 ? name + " with BOM" : name;
    }

    /**
     * The encoding told by the first bytes alone, or null when they do not look like text at all
     * (more than one control character or NUL in 50 without a UTF-16 pattern). A head that is valid UTF-8 is
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
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
                control++; // a few, a stray NUL included, are dropped from the values they are in
            }
        }
        if (control > head.length / 50 + 2) {
            return null;
        }
        return new TextEncoding(StandardCharsets.UTF_8, 0);
    }

    /**
     * Reads the whole file to tell UTF-8 from Windows-1252: a file that is valid UTF-8 from start to end is UTF-8;
     * a file with at least as many valid UTF-8 characters beyond ASCII as invalid byte sequences is UTF-8 with those
     * few sequences {@linkplain #replaced() replaced} (one bad byte must not garble every accent of the file);
     * otherwise it is Windows-1252 (which decodes any byte).
     */
    static TextEncoding detect(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(8192);
        }
        TextEncoding fromHead = detectFromHead(head);
        if (fromHead == null || fromHead.bomLength > 0 || fromHead.charset != StandardCharsets.UTF_8) {
            return fromHead; // a BOM decides; invalid bytes after it are still named row by row
        }
        Utf8Census census = Utf8Census.of(file);
        if (census.invalid() == 0) {
            return fromHead;
        }
        if (census.mostlyUtf8()) {
            return new TextEncoding(StandardCharsets.UTF_8, 0, census.invalid());
        }
        return new TextEncoding(WINDOWS_1252, 0);
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
}
