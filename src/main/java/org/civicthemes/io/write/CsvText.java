package org.civicthemes.io.write;

/**
 * Makes text safe for a CSV file that a spreadsheet will open: a value starting with =, +, -, @, tab or
 * carriage return would be read as a formula, so it gets a leading apostrophe, as Excel itself does.
 */
final class CsvText {

    private CsvText() {
    }

    static String safe(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value : value;
    }
}
