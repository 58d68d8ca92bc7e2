package org.civicthemes.io.read;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the row that holds the column names. Exports often put title lines ("City of X - 311 export",
 * "Exported on ...") and blank lines above it: the header is the first row whose short, distinct text
 * cells span most of the table's width.
 */
final class HeaderRowFinder {

    static final int ROWS_LOOKED_AT = 30;
    private static final int MAX_HEADER_CELL_LENGTH = 80;
    private static final Pattern NUMBER_OR_DATE = Pattern.compile("[-+]?[\\d.,/:\\sTZ-]+");

    private HeaderRowFinder() {
    }

    /** The index in {@code rows} of the header row, or -1 when every row is blank. */
    static int find(List<NumberedRow> rows) {
        int limit = Math.min(rows.size(), ROWS_LOOKED_AT);
        int width = 0;
        for (int i = 0; i < limit; i++) {
            width = Math.max(width, rows.get(i).nonBlankCount());
        }
        if (width == 0) {
            return -1;
        }
        int needed = Math.max(Math.min(2, width), (int) Math.ceil(width * 0.6));
        for (int i = 0; i < limit; i++) {
            if (headerLikeCells(rows.get(i)) >= needed) {
                return i;
            }
        }
        for (int i = 0; i < limit; i++) {
            if (!rows.get(i).isBlank()) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Non-blank cells that read like column names: short, not numbers or dates. A name repeated in the row counts
     * each time (exports repeat "Description" or "Created Date") as long as the distinct names are at least half of
     * them; a row of mostly one value repeated ("N/A", "N/A", "N/A") counts only its distinct values.
     */
    private static int headerLikeCells(NumberedRow row) {
        Set<String> seen = new HashSet<>();
        int count = 0;
        for (String cell : row.cells()) {
            String c = cell.strip();
            if (!c.isEmpty() && c.length() <= MAX_HEADER_CELL_LENGTH && !NUMBER_OR_DATE.matcher(c).matches()) {
                count++;
                seen.add(c.toLowerCase(java.util.Locale.ROOT));
            }
        }
        return seen.size() * 2 >= count ? count : seen.size();
    }
}
