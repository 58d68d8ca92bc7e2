package org.civicthemes.io.read;

import java.util.List;

/** A row with the number the analyst sees for it. */
record NumberedRow(int number, List<String> cells) {

    NumberedRow {
        cells = List.copyOf(cells);
    }

    int nonBlankCount() {
        int n = 0;
        for (String c : cells) {
            if (!c.isBlank()) {
                n++;
            }
        }
        return n;
    }

    boolean isBlank() {
        return nonBlankCount() == 0;
    }

    String cell(int index) {
        return index < cells.size() ? cells.get(index) : "";
    }
}
