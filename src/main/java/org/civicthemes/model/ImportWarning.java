package org.civicthemes.model;

/**
 * Something in the source that was read with a compromise, named precisely enough to find it.
 *
 * @param kind    a stable short key for grouping ("unreadable-date", "no-text", "extra-fields")
 * @param file    the file name
 * @param sheet   the sheet, or empty for a text file
 * @param row     the row number the analyst sees, or 0 for the file as a whole
 * @param column  the column name, or empty when the warning is about the row
 * @param value   the value in question, shortened to 80 characters, or empty
 * @param message what happened and what it means, in one sentence
 */
public record ImportWarning(String kind, String file, String sheet, int row, String column, String value,
                            String message) {

    private static final int MAX_VALUE_LENGTH = 80;

    public ImportWarning {
        sheet = sheet == null ? "" : sheet;
        column = column == null ? "" : column;
        value = value == null ? "" : shorten(value);
    }

    private static String shorten(String v) {
        return v.length() <= MAX_VALUE_LENGTH ? v : v.substring(0, MAX_VALUE_LENGTH - 1) + "…";
    }
}
