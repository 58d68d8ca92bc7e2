package org.civicthemes.io.read;

/** A rectangle of cells, rows and columns 1-based and inclusive. */
record CellRegion(int firstRow, int lastRow, int firstColumn, int lastColumn) {

    CellRegion {
        if (firstRow < 1 || firstColumn < 1 || lastRow < firstRow || lastColumn < firstColumn) {
            throw new IllegalArgumentException("Not a cell region: rows " + firstRow + "-" + lastRow
                    + ", columns " + firstColumn + "-" + lastColumn);
        }
    }

    /** Parses an A1-style range such as {@code B3:D7}; a single cell is a 1x1 region. */
    static CellRegion parse(String ref) {
        String[] ends = ref.split(":");
        int[] first = CellReference.parse(ends[0]);
        int[] last = ends.length > 1 ? CellReference.parse(ends[1]) : first;
        return new CellRegion(first[0], last[0], first[1], last[1]);
    }

    boolean contains(int row, int column) {
        return row >= firstRow && row <= lastRow && column >= firstColumn && column <= lastColumn;
    }

    boolean isSingleCell() {
        return firstRow == lastRow && firstColumn == lastColumn;
    }
}
