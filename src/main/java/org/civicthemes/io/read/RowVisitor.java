package org.civicthemes.io.read;

import java.util.List;

/** Receives the rows of one sheet or text table in order, as strings. */
interface RowVisitor {

    /**
     * One row. Rows with no cells may be left out by the source; row numbers tell where.
     *
     * @param rowNumber the 1-based row number the analyst sees
     * @param cells     cell values: text as is, typed dates as {@code yyyy-MM-ddTHH:mm:ss}, numbers plain
     * @return false to stop reading
     */
    boolean row(int rowNumber, List<String> cells);

    /** A merged range of cells, which a workbook may report after its rows. */
    default void merged(CellRegion region) {
    }
}
