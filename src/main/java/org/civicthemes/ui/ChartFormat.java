package org.civicthemes.ui;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Numbers and dates in the charts, written as people read them: 12,345; 8.1%; 4.3×; Jul 4, 2025. */
final class ChartFormat {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.US);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.US);

    private ChartFormat() {
    }

    static String count(long value) {
        return NumberFormat.getIntegerInstance(Locale.US).format(value);
    }

    /** A share from 0 to 1 as a percentage with one decimal: 0.0812 is "8.1%". */
    static String percent(double share) {
        return String.format(Locale.US, "%.1f%%", share * 100);
    }

    /** A ratio to what was expected: "4.3×", "0.25×"; "new" when nothing was expected. */
    static String ratio(double value) {
        if (Double.isInfinite(value)) {
            return "new";
        }
        return String.format(Locale.US, value >= 10 ? "%.0f×" : value >= 1 ? "%.1f×" : "%.2f×", value);
    }

    /** An expected count: whole above 10 ("1,204"), one decimal below ("3.4"). */
    static String expected(double value) {
        if (value >= 10) {
            return count(Math.round(value));
        }
        return String.format(Locale.US, "%.1f", value);
    }

    /** A p-value as a statistician would write it, never "0.000". */
    static String pValue(double p) {
        if (p < 0.001) {
            return "< 0.001";
        }
        return String.format(Locale.US, "%.3f", p);
    }

    static String day(LocalDate day) {
        return DAY.format(day);
    }

    static String month(LocalDate day) {
        return MONTH.format(day);
    }
}
