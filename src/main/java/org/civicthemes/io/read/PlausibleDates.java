package org.civicthemes.io.read;

import java.time.LocalDateTime;
import java.util.Locale;

/**
 * The window of dates a 311 request can plausibly carry: from 1990-01-01 (before the first 311 service, Baltimore
 * 1996, and the first day Excel serials are read as dates) to 2099-12-31 (the last day of the serial window).
 * Systems write 9999-12-31, 0001-01-01, 1900-01-01 or a huge serial for "no date"; taking such a value as a date
 * would stretch every view by day, week or month over centuries.
 */
final class PlausibleDates {

    static final LocalDateTime FIRST = LocalDateTime.of(1990, 1, 1, 0, 0);
    static final LocalDateTime END = LocalDateTime.of(2100, 1, 1, 0, 0);
    /** The window in words, for warnings and notes. */
    static final String WINDOW = "1990-01-01 to 2099-12-31";
    /** The kind of the warnings for dates outside the window. */
    static final String KIND = "implausible-date";

    private PlausibleDates() {
    }

    static boolean contains(LocalDateTime time) {
        return !time.isBefore(FIRST) && time.isBefore(END);
    }

    /** The note that sums up the dates read as no date, before the count and rows of {@link WarningRows}. */
    static String note() {
        return "Dates outside the plausible window " + WINDOW + " were read as no date";
    }

    /** The warning for a date outside the window, naming the window and why it exists. */
    static String outside(String roleName) {
        return "This " + roleName.toLowerCase(Locale.ROOT) + " is outside the plausible window " + WINDOW
                + " (311 services began in the 1990s; values such as 9999-12-31 or 0001-01-01 are how many "
                + "systems write 'no date'), so the request is kept with no date.";
    }
}
