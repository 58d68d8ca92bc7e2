package org.civicthemes.io.read;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** The first rows of a table, read without going through the whole file. */
final class TablePeek {

    private TablePeek() {
    }

    /** Up to {@code maxRows} rows from the top; rows a workbook leaves out come back as blank rows. */
    static List<NumberedRow> firstRows(TableSource table, int maxRows) throws IOException, ImportException {
        List<NumberedRow> rows = new ArrayList<>();
        table.read((number, cells) -> {
            for (int missing = rows.isEmpty() ? 1 : rows.get(rows.size() - 1).number() + 1;
                 missing < number && rows.size() < maxRows; missing++) {
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
