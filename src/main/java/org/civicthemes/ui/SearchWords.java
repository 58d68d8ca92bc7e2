package org.civicthemes.ui;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The words of a request search: a request matches when its text holds every word, in any case. */
final class SearchWords {

    private SearchWords() {
    }

    static List<String> of(String query) {
        if (query == null || query.isBlank()) {
            return List.of();
        }
        return Arrays.stream(query.toLowerCase(Locale.ROOT).strip().split("\\s+")).distinct().toList();
    }

    static boolean matches(String text, List<String> words) {
        if (words.isEmpty()) {
            return true;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        for (String w : words) {
            if (!lower.contains(w)) {
                return false;
            }
        }
        return true;
    }
}
