package org.civicthemes.io.read;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** The first rows of a table, read without going through the whole file. */
final class TablePeek {

    private TablePeek() {
    }

    /**
     * Up to {@code maxRows} rows from the top, in row order; rows a workbook leaves out come back as blank rows, and a
     * row listed after a later one (a workbook may list its rows out of order) takes its place.
     */
    static List<NumberedRow> firstRows(TableSource table, int maxRows) throws IOException, ImportException {
        List<NumberedRow> rows = new ArrayList<>(); // rows.get(i) is row i + 1
        table.read((number, cells) -> {
            if (number <= rows.size()) {
                rows.set(number - 1, new NumberedRow(number, cells));
                return true;
            }
            for (int missing = rows.size() + 1; missing < number && rows.size() < maxRows; missing++) {
                rows.add(new NumberedRow(missing, List.of()));
            }
            if (rows.size() < maxRows) {
                rows.add(new NumberedRow(number, cells));
            }
            return rows.size() < maxRows;
        }, TableSource.ByteProgress.NONE);
        return rows;
    }
}
