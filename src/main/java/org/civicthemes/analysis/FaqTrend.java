package org.civicthemes.analysis;

import java.time.YearMonth;
import java.util.Locale;

/**
 * How often a question was asked lately: its requests in the data's latest month against its monthly average over
 * the months before (up to {@link #MONTHS_BEFORE}, as many as the data holds), so an analyst sees whether residents ask
 * it more now.
 *
 * @param latestMonth  the month holding the data's last day; null when no request has a date
 * @param latest       requests asking it in that month
 * @param before       requests asking it in the months before
 * @param monthsBefore how many months {@code before} covers (0 when the data starts in the latest month)
 */
public record FaqTrend(YearMonth latestMonth, int latest, int before, int monthsBefore) {

    /** Months before the latest one that make the average. */
    public static final int MONTHS_BEFORE = 6;
    /** No request with a date. */
    public static final FaqTrend UNKNOWN = new FaqTrend(null, 0, 0, 0);

    /** Whether there are dates to tell. */
    public boolean known() {
        return latestMonth != null;
    }

    /** Requests a month in the months before, NaN when there are none. */
    public double monthlyBefore() {
        return monthsBefore == 0 ? Double.NaN : before / (double) monthsBefore;
    }

    /** "4 in 2025-09, 1.5 a month in the 6 before"; empty when not known. */
    public String text() {
        if (!known()) {
            return "";
        }
        String now = latest + " in " + latestMonth;
        return monthsBefore == 0 ? now : now + String.format(Locale.ROOT, ", %.1f a month in the %d before",
                monthlyBefore(), monthsBefore);
    }
}
