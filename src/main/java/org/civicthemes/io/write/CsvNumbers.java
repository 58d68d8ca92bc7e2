package org.civicthemes.io.write;

import java.util.Locale;

/** Numbers as the CSV files write them: locale-independent, with a blank for a value that does not exist. */
final class CsvNumbers {

    private CsvNumbers() {
    }

    /** A p- or q-value in three significant digits ("0.0123", "4.56e-12"); blank for NaN (not tested). */
    static String probability(double value) {
        return Double.isNaN(value) ? "" : String.format(Locale.ROOT, "%.3g", value);
    }
}
