package org.civicthemes.io.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/** Tells what a file is from its first bytes, whatever its name says. */
final class FileSniffer {

    private static final int HEAD_BYTES = 8192;
    private static final byte[] ZIP = {0x50, 0x4B};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
        (byte) 0xE1};
    private static final byte[] PDF = "%PDF".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = {(byte) 0x89, 0x50, 0x4E, 0x47};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] GIF = "GIF8".getBytes(StandardCharsets.US_ASCII);

    private FileSniffer() {
    }

    static SniffedKind sniff(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(HEAD_BYTES);
        }
        return sniff(head);
    }

    static SniffedKind sniff(byte[] head) {
        if (head.length == 0) {
            return SniffedKind.EMPTY;
        }
        if (startsWith(head, OLE2)) {
            return SniffedKind.OLE2;
        }
        if (startsWith(head, ZIP) && head.length >= 4 && (head[2] == 3 || head[2] == 5 || head[2] == 7)) {
            return SniffedKind.ZIP;
        }
        if (startsWith(head, PDF)) {
            return SniffedKind.PDF;
        }
        if (startsWith(head, PNG) || startsWith(head, JPEG) || startsWith(head, GIF)) {
            return SniffedKind.IMAGE;
        }
        TextEncoding encoding = TextEncoding.detectFromHead(head);
        if (encoding == null) {
            return SniffedKind.BINARY;
        }
        String start = encoding.decodeHead(head).stripLeading().toLowerCase(Locale.ROOT);
        if (start.startsWith("<?xml") && start.contains("urn:schemas-microsoft-com:office:spreadsheet")) {
            return SniffedKind.EXCEL_2003_XML;
        }
        if (start.startsWith("<!doctype html") || start.startsWith("<html") || start.startsWith("<table")) {
            return SniffedKind.HTML;
        }
        return SniffedKind.TEXT;
    }

    private static boolean startsWith(byte[] data, byte[] prefix) {
        return data.length >= prefix.length && Arrays.equals(data, 0, prefix.length, prefix, 0, prefix.length);
    }
}
