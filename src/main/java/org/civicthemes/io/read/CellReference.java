package org.civicthemes.io.read;

/** A1-style cell references: {@code "AB12"} is row 12, column 28. */
final class CellReference {

    private CellReference() {
    }

    /** Returns {row, column}, both 1-based; a reference without digits gives row 0. */
    static int[] parse(String ref) {
        int column = 0;
        int i = 0;
        while (i < ref.length() && Character.isLetter(ref.charAt(i))) {
            column = column * 26 + (Character.toUpperCase(ref.charAt(i)) - 'A' + 1);
            i++;
        }
        int row = 0;
        for (; i < ref.length(); i++) {
            char c = ref.charAt(i);
            if (c >= '0' && c <= '9') {
                row = row * 10 + (c - '0');
            }
        }
        return new int[] {row, column};
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
