package org.civicthemes.io.write;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the CSV dialect Spark writes (its default options, univocity's writer): a value with a comma, a quote or a line
 * break is quoted, and inside quotes a backslash escapes the next character ({@code \"} a quote, {@code \\} a
 * backslash); outside quotes a backslash is itself. Commons CSV reads either backslashes everywhere as escapes or
 * nowhere, so it misreads one of the two (a category ending in a backslash swallowed the comma after it).
 */
final class SparkCsv {

    /** A record that cannot be read; the message says what is wrong, the caller names the file and line. */
    static final class Malformed extends Exception {
        Malformed(String message) {
            super(message);
        }
    }

    private final Reader in;
    private final char[] buffer = new char[1 << 16];
    private int filled;
    private int position;
    private long line = 1;
    private long recordLine;

    /** @param in read here in blocks of 64 K characters */
    SparkCsv(Reader in) {
        this.in = in;
    }

    /** The next character, or -1 at the end. */
    private int read() throws IOException {
        if (position == filled) {
            filled = in.read(buffer, 0, buffer.length);
            position = 0;
            if (filled <= 0) {
                filled = 0;
                return -1;
            }
        }
        return buffer[position++];
    }

    /** The values of the next record, or null at the end. */
    List<String> next() throws IOException, Malformed {
        int c = read();
        if (c == -1) {
            return null;
        }
        recordLine = line;
        List<String> values = new ArrayList<>(5);
        StringBuilder value = new StringBuilder();
        boolean quoted = false;
        boolean closed = false;
        while (true) {
            if (quoted) {
                if (c == -1) {
                    throw new Malformed("a quoted value is not closed before the end of the file");
                } else if (c == '\\') {
                    c = read();
                    if (c == -1) {
                        throw new Malformed("a quoted value is not closed before the end of the file");
                    }
                    line += c == '\n' ? 1 : 0;
                    value.append((char) c);
                } else if (c == '"') {
                    quoted = false;
                    closed = true;
                } else {
                    line += c == '\n' ? 1 : 0;
                    value.append((char) c);
                }
            } else if (c == ',' || c == '\n' || c == -1) {
                values.add(value.toString());
                value.setLength(0);
                closed = false;
                if (c != ',') {
                    line += c == '\n' ? 1 : 0;
                    return values;
                }
            } else if (c == '\r') {
                // the line ends at the \n that follows
            } else if (closed) {
                throw new Malformed("a value goes on after its closing quote");
            } else if (c == '"' && value.length() == 0) {
                quoted = true;
            } else {
                value.append((char) c);
            }
            c = read();
        }
    }

    /** The line the last record started on (the header is line 1). */
    long recordLine() {
        return recordLine;
    }
}
