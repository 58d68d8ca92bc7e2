package org.civicthemes.io.read;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Picks the sheet that holds the requests: the one with the most rows of several filled cells across
 * the widest table, passing over sheets named like notes.
 */
final class SheetChooser {

    static final int ROWS_LOOKED_AT = 60;
    private static final Pattern NOTES_NAME = Pattern.compile(
            ".*(note|readme|read me|about|info|instruction|legend|metadata|definition|glossary|summary|chart|pivot|lookup).*");

    private SheetChooser() {
    }

    /** A score for one sheet from its first rows; higher is more likely the data. */
    static double score(String sheetName, List<NumberedRow> firstRows) {
        int width = 0;
        int tableRows = 0;
        for (NumberedRow row : firstRows) {
            int filled = row.nonBlankCount();
            width = Math.max(width, filled);
            if (filled >= 2) {
                tableRows++;
            }
        }
        double score = (double) tableRows * width;
        if (tableRows == 0 && firstRows.stream().anyMatch(r -> !r.isBlank())) {
            score = 0.5; // a single-column list still beats an empty sheet
        }
        return NOTES_NAME.matcher(sheetName.toLowerCase(Locale.ROOT)).matches() ? score * 0.2 : score;
    }
}
