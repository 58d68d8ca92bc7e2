package org.civicthemes.io.read;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * A table handed over as column names and an iterator of rows (row 1 the names, the data from row 2, as in a CSV
 * file with a header line): the first rows read are kept, so that the import can look at the top and then read
 * everything once.
 */
final class IteratedTable implements TableSource {

    private final List<String> header;
    private final Iterator<List<String>> rows;
    private final List<List<String>> kept = new ArrayList<>();
    private final int keep;
    /** A row was read that was not kept: the table cannot be read from the top again. */
    private boolean dropped;

    /**
     * @param keep data rows kept for reading the top again (the import looks at no more than these)
     */
    IteratedTable(List<String> header, Iterator<List<String>> rows, int keep) {
        this.header = List.copyOf(header);
        this.rows = rows;
        this.keep = keep;
    }

    @Override
    public String sheetName() {
        return "";
    }

    @Override
    public void read(RowVisitor visitor, ByteProgress progress) {
        if (dropped) {
            throw new IllegalStateException("The rows of this table were read past the rows kept already");
        }
        if (!visitor.row(1, header)) {
            return;
        }
        int number = 2;
        for (List<String> row : kept) {
            if (!visitor.row(number++, row)) {
                return;
            }
        }
        while (rows.hasNext()) {
            List<String> row = rows.next();
            if (kept.size() < keep) {
                kept.add(row);
            } else {
                dropped = true;
            }
            if (!visitor.row(number++, row)) {
                return;
            }
        }
    }
}
