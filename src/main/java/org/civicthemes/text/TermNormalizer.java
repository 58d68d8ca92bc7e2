package org.civicthemes.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns display text into the text that terms are cut from: Unicode NFKC, lower case, no URLs and no
 * redaction placeholders. Display text itself keeps its case and accents.
 */
final class TermNormalizer {

    private static final Pattern URL = Pattern.compile("(?i)\\b(?:https?://|www\\.)\\S+");
    private static final String[] PLACEHOLDERS = placeholders();

    String normalize(String display) {
        String s = isAscii(display) ? display : Normalizer.normalize(display, Normalizer.Form.NFKC);
        s = s.toLowerCase(Locale.ROOT);
        if (s.contains("http") || s.contains("www.")) {
            s = URL.matcher(s).replaceAll(" ");
        }
        if (s.indexOf('[') >= 0) {
            for (String placeholder : PLACEHOLDERS) {
                s = s.replace(placeholder, " ");
            }
        }
        return s;
    }

    private static boolean isAscii(String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private static String[] placeholders() {
        return java.util.Arrays.stream(PiiKind.values()).map(PiiKind::placeholder).distinct().toArray(String[]::new);
    }
}
