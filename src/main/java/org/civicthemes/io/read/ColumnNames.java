package org.civicthemes.io.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Column names from a header row: blanks get their spreadsheet letter, repeats get a number. */
final class ColumnNames {

    private ColumnNames() {
    }

    static List<String> fromHeader(List<String> headerCells, int width) {
        List<String> names = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < width; i++) {
            String raw = i < headerCells.size() ? headerCells.get(i).strip().replaceAll("\\s+", " ") : "";
            String name = raw.isEmpty() ? "Column " + CellReference.letters(i + 1) : raw;
            int count = seen.merge(name.toLowerCase(Locale.ROOT), 1, Integer::sum);
            names.add(count == 1 ? name : name + " (" + count + ")");
        }
        return List.copyOf(names);
    }

    /**
     * The column an analyst means by {@code wanted}: the exact name, the name ignoring case and spaces, or
     * a spreadsheet letter such as "C".
     */
    static Optional<String> resolve(List<String> names, String wanted) {
        String w = wanted.strip();
        for (String n : names) {
            if (n.equals(w)) {
                return Optional.of(n);
            }
        }
        String key = squash(w);
        for (String n : names) {
            if (squash(n).equals(key)) {
                return Optional.of(n);
            }
        }
        if (w.matches("[A-Za-z]{1,3}")) {
            int column = CellReference.column(w.toUpperCase(Locale.ROOT));
            if (column >= 1 && column <= names.size()) {
                return Optional.of(names.get(column - 1));
            }
        }
        return Optional.empty();
    }

    private static String squash(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-.]+", "");
    }
}
