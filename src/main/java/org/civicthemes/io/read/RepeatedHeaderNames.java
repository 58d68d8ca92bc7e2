package org.civicthemes.io.read;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.civicthemes.model.ColumnAssignment;
import org.civicthemes.model.ColumnMapping;

/**
 * The note for a header that names several columns alike ("Description", "Description", "Created Date",
 * "Created Date"): which columns share a name, what the repeats are called, and which of them each role reads.
 */
final class RepeatedHeaderNames {

    private RepeatedHeaderNames() {
    }

    /**
     * @param names   the column names as {@link ColumnNames#fromHeader} made them ("Description (2)" for a repeat)
     * @param mapping the roles the columns are read with
     */
    static Optional<String> note(List<String> headerCells, List<String> names, ColumnMapping mapping) {
        Map<String, List<Integer>> byName = new LinkedHashMap<>();
        for (int i = 0; i < Math.min(headerCells.size(), names.size()); i++) {
            String raw = headerCells.get(i).strip().replaceAll("\\s+", " ");
            if (!raw.isEmpty()) {
                byName.computeIfAbsent(raw.toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(i);
            }
        }
        List<String> repeated = new ArrayList<>();
        List<String> renamed = new ArrayList<>();
        List<Integer> repeatedColumns = new ArrayList<>();
        for (List<Integer> columns : byName.values()) {
            if (columns.size() > 1) {
                repeated.add("'" + names.get(columns.get(0)) + "' in columns " + letters(columns));
                columns.subList(1, columns.size()).forEach(i -> renamed.add("'" + names.get(i) + "'"));
                repeatedColumns.addAll(columns);
            }
        }
        if (repeated.isEmpty()) {
            return Optional.empty();
        }
        List<String> used = new ArrayList<>();
        for (ColumnAssignment a : mapping.assignments()) {
            for (String column : a.columns()) {
                int index = names.indexOf(column);
                if (repeatedColumns.contains(index)) {
                    used.add(a.role().displayName().toLowerCase(Locale.ROOT) + " from '" + column + "' (column "
                            + CellReference.letters(index + 1) + ")");
                }
            }
        }
        return Optional.of("The header names several columns alike: " + String.join(", ", repeated)
                + "; the repeats are called " + String.join(", ", renamed) + ". "
                + (used.isEmpty() ? "None of them is read." : "Read " + String.join(", ", used) + ".")
                + " Every row below the header is read.");
    }

    private static String letters(List<Integer> columns) {
        List<String> letters = columns.stream().map(i -> CellReference.letters(i + 1)).toList();
        return String.join(", ", letters.subList(0, letters.size() - 1)) + " and " + letters.get(letters.size() - 1);
    }
}
