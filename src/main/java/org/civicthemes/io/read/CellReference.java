package org.civicthemes.io.read;

/** A1-style cell references: {@code "AB12"} is row 12, column 28. */
final class CellReference {

    /** Excel's last row, 1,048,576. */
    static final int MAX_ROW = 1 << 20;
    /** Excel's last column, 16,384 (XFD). */
    static final int MAX_COLUMN = 1 << 14;

    private CellReference() {
    }

    /**
     * Returns {row, column}, both 1-based; a reference without digits gives row 0. A part beyond Excel's limits
     * comes back as one more than the limit ({@link #MAX_ROW} + 1, {@link #MAX_COLUMN} + 1), never overflowing.
     */
    static int[] parse(String ref) {
        int column = 0;
        int i = 0;
        while (i < ref.length() && Character.isLetter(ref.charAt(i))) {
            column = Math.min(column * 26 + (Character.toUpperCase(ref.charAt(i)) - 'A' + 1), MAX_COLUMN + 1);
            i++;
        }
        int row = 0;
        for (; i < ref.length(); i++) {
            char c = ref.charAt(i);
            if (c >= '0' && c <= '9') {
                row = Math.min(row * 10 + (c - '0'), MAX_ROW + 1);
            }
        }
        return new int[] {row, column};
    }

    /** A row number as a workbook writes it ({@code r="12"}), or {@link #MAX_ROW} + 1 when it is beyond the limit. */
    static int row(String digits) {
        return parse("A" + digits)[0];
    }

    static boolean withinLimits(int row, int column) {
        return row <= MAX_ROW && column <= MAX_COLUMN;
    }

    /** The 1-based column number of a reference such as {@code "C7"}. */
    static int column(String ref) {
        return parse(ref)[1];
    }

    /** Spreadsheet letters of a 1-based column: 1 is A, 28 is AB. */
    static String letters(int column) {
        StringBuilder sb = new StringBuilder();
        for (int c = column; c > 0; c = (c - 1) / 26) {
            sb.append((char) ('A' + (c - 1) % 26));
        }
        return sb.reverse().toString();
    }
}
