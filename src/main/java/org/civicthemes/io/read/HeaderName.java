package org.civicthemes.io.read;

import java.util.Locale;

/** Normalises column names so that "Created Date", "created_date", "CreatedDate" and "CREATED-DATE" meet. */
final class HeaderName {

    private HeaderName() {
    }

    /**
     * Lower case words separated by single spaces: camel case and letter/digit boundaries split,
     * everything that is not a letter or digit becomes a space ("SR_NUMBER" gives "sr number",
     * "ServiceRequestID" gives "service request id", "Address1" gives "address 1").
     */
    static String normalise(String header) {
        if (header == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(header.length() + 4);
        char previous = ' ';
        for (int i = 0; i < header.length(); i++) {
            char c = header.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                c = ' ';
            } else if (boundary(previous, c, i + 1 < header.length() ? header.charAt(i + 1) : ' ')) {
                out.append(' ');
            }
            if (c != ' ' || (out.length() > 0 && out.charAt(out.length() - 1) != ' ')) {
                out.append(c);
            }
            previous = c;
        }
        return out.toString().strip().toLowerCase(Locale.ROOT);
    }

    private static boolean boundary(char previous, char c, char next) {
        if (previous == ' ') {
            return false;
        }
        boolean lowerToUpper = Character.isLowerCase(previous) && Character.isUpperCase(c);
        boolean acronymEnd = Character.isUpperCase(previous) && Character.isUpperCase(c) && Character.isLowerCase(next);
        boolean letterDigit = Character.isLetter(previous) != Character.isLetter(c);
        return lowerToUpper || acronymEnd || letterDigit;
    }

    /** True when the normalised name holds the phrase as whole words ("created at utc" holds "created at"). */
    static boolean hasWords(String normalised, String phrase) {
        int at = normalised.indexOf(phrase);
        while (at >= 0) {
            int end = at + phrase.length();
            if ((at == 0 || normalised.charAt(at - 1) == ' ')
                    && (end == normalised.length() || normalised.charAt(end) == ' ')) {
                return true;
            }
            at = normalised.indexOf(phrase, at + 1);
        }
        return false;
    }
}
