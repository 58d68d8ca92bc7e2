package org.civicthemes.cli;

import java.io.PrintWriter;

/**
 * Prints a failure as exactly one line on stderr, "civic-themes: ...". A line break inside the message (a file name
 * may hold one) is written as the two characters {@code \n}, and other control characters as {@code ?}, so a script
 * or a person reading the output always sees one line.
 */
final class ErrorLine {

    static final String PREFIX = "civic-themes: ";

    private ErrorLine() {
    }

    static void print(PrintWriter err, String message) {
        err.println(PREFIX + oneLine(message));
    }

    static String oneLine(String message) {
        String text = String.valueOf(message);
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                continue; // written once, as \n
            }
            if (c == '\n' || c == '\r') {
                out.append(c == '\n' ? "\\n" : "\\r");
            } else if (c < 0x20 || c == 0x7F) {
                out.append('?');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
