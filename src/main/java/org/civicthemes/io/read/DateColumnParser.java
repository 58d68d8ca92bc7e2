package org.civicthemes.io.read;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.Year;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the dates of one column, with the conventions {@linkplain #learn learned} from sample values
 * of that column. Immutable and thread-safe.
 *
 * <p>Accepted forms, English month and weekday names in any case, abbreviations with or without a dot:
 * <ul>
 *   <li>ISO 8601 date or date-time, 'T' or space between, optional seconds and fraction (up to 9
 *       digits), optional zone {@code Z}, {@code +02:00}, {@code +0200}, {@code +02}, {@code UTC},
 *       {@code GMT}; also {@code 2024/03/05} (year first);</li>
 *   <li>numeric {@code 3/5/2024}, {@code 3/5/24}, {@code 5.3.2024}, {@code 03-05-2024}, with an optional
 *       {@code h:mm[:ss] AM/PM} or 24-hour time; month first (US) unless the samples show that the day
 *       comes first (see {@link #learn});</li>
 *   <li>named months: {@code 5-Mar-2024}, {@code 05 Mar 2024}, {@code 5 March 2024},
 *       {@code March 5, 2024}, {@code Mar. 5 2024}, {@code Tue, 05 Mar 2024 14:03} (a weekday that
 *       does not match the date makes the value unreadable);</li>
 *   <li>Excel serial day numbers of the 1900 date system between 32874 (1990-01-01) and 73051
 *       (2100-01-01), with the fraction as time of day, but only when the samples allow it (see
 *       {@link #learn}): a column of request ids never turns into dates.</li>
 * </ul>
 *
 * <p><b>Zones:</b> a value with an offset keeps the wall-clock time as written at that offset; the
 * offset is checked for form and then dropped ({@code 2024-03-05T14:03:00+02:00} reads as 14:03). An
 * export normally writes every value at the same offset, so this keeps times comparable within a
 * column and shows analysts the hour they see in the file; converting to the laptop's zone would shift
 * days at midnight for no gain in grouping requests by day.
 *
 * <p><b>Two-digit years</b> follow Excel: 00-29 are 2000-2029, 30-99 are 1930-1999.
 *
 * <p>Values are checked strictly (2024-02-30, 13/13/2024, 25:00, 0:30 PM are unreadable) and an
 * unreadable value gives {@link Optional#empty()}; nothing is guessed. Parsing is a single hand-written
 * pass per value without exceptions, so a million values cost well under a second.
 */
public final class DateColumnParser {

    static final int FIRST_SERIAL = 32874;
    static final int LAST_SERIAL = 73051;
    private static final LocalDate SERIAL_EPOCH = LocalDate.of(1899, 12, 30);
    private static final double SERIALS_NEEDED = 0.75;
    /** 9999-12-31, Excel's last day: this serial and beyond, 0 and 1 are how systems write "no date". */
    private static final long LAST_EXCEL_SERIAL = 2_958_465;
    /** Serials in range needed for each placeholder that a column of serials may hold. */
    private static final int SERIALS_PER_PLACEHOLDER = 20;

    private final boolean dayFirst;
    private final boolean serials;
    private final boolean orderAmbiguous;
    private final String orderWarning;
    private final String description;

    private DateColumnParser(boolean dayFirst, boolean serials, boolean orderAmbiguous, String orderWarning,
                             String description) {
        this.dayFirst = dayFirst;
        this.serials = serials;
        this.orderAmbiguous = orderAmbiguous;
        this.orderWarning = orderWarning;
        this.description = description;
    }

    /**
     * Settles the conventions of a column from sample values (blank ones are ignored).
     *
     * <p>Numeric dates ({@code 03/04/2024}) are read day first only when some sample has a first part
     * above 12 and none has a second part above 12; otherwise month first (US), except that a column
     * whose numeric dates all use dots ({@code 03.04.2024}) and never show which part is the day is read
     * day first, dots being a European form. When every numeric date fits both orders the order is
     * {@linkplain #isOrderAmbiguous() ambiguous} and {@link #orderWarning()} says how it was read.
     *
     * <p>Plain numbers are read as Excel serials only when at least one sample is a serial in range,
     * no sample is a plain number out of range, and at least 75% of the non-blank samples are serials
     * or other readable dates. Placeholders for "no date" (0, 1, and 2958465 = 9999-12-31 or more) do not count
     * against a column as long as there are 20 serials in range for each; they are read as no date.
     *
     * @param samples values of one column; an empty list gives the defaults (month first, no serials)
     */
    public static DateColumnParser learn(List<String> samples) {
        return new Learner().learn(samples);
    }

    /** The date and time of a value, or empty when it is blank or cannot be read without guessing. */
    public Optional<LocalDateTime> parse(String raw) {
        return Optional.ofNullable(parseOrNull(raw));
    }

    /** As {@link #parse} without the Optional: null when unreadable. */
    LocalDateTime parseOrNull(String raw) {
        if (raw == null) {
            return null;
        }
        String s = trim(raw);
        if (s.isEmpty()) {
            return null;
        }
        DateScanner d = new DateScanner(s);
        return d.scan() ? resolve(d) : null;
    }

    /** The conventions in words: "month/day/year with 12-hour times (US)". */
    public String describe() {
        return description;
    }

    /** True when numeric dates are read day first (25/03/2024). */
    public boolean isDayFirst() {
        return dayFirst;
    }

    /** True when every numeric sample fitted both day/month orders, so the order is a default. */
    public boolean isOrderAmbiguous() {
        return orderAmbiguous;
    }

    /**
     * A sentence for the import report when the day/month order is a default or the samples contradict
     * each other: "every date like 03/04/2024 could be day/month or month/day; read as month/day (US)".
     */
    public Optional<String> orderWarning() {
        return Optional.ofNullable(orderWarning);
    }

    /** True when plain numbers in the serial range are read as Excel dates. */
    public boolean readsExcelSerials() {
        return serials;
    }

    @Override
    public String toString() {
        return "DateColumnParser[" + description + "]";
    }

    // ---- resolving a scanned value -----------------------------------------------------------------

    private LocalDateTime resolve(DateScanner d) {
        switch (d.form) {
            case NUMBER:
                return serials ? fromSerial(d.numberWhole, d.numberFraction) : null;
            case NUMERIC:
                return dayFirst ? build(d, d.second, d.first) : build(d, d.first, d.second);
            default:
                return build(d, d.first, d.second);
        }
    }

    private static LocalDateTime build(DateScanner d, int month, int day) {
        int year = d.twoDigitYear ? (d.year < 30 ? 2000 + d.year : 1900 + d.year) : d.year;
        if (year < 1 || month < 1 || month > 12 || day < 1
                || day > Month.of(month).length(Year.isLeap(year))) {
            return null;
        }
        int hour = d.hour;
        if (d.clock == DateScanner.Clock.H12) {
            if (hour < 1 || hour > 12) {
                return null;
            }
            hour = hour % 12 + (d.afternoon ? 12 : 0);
        } else if (hour > 23) {
            return null;
        }
        if (d.minute > 59 || d.secondOfMinute > 59) {
            return null;
        }
        LocalDateTime t = LocalDateTime.of(year, month, day, hour, d.minute, d.secondOfMinute, d.nano);
        if (d.dayOfWeek != 0 && t.getDayOfWeek().getValue() != d.dayOfWeek) {
            return null;
        }
        return t;
    }

    private static LocalDateTime fromSerial(long whole, double fraction) {
        if (whole < FIRST_SERIAL || whole > LAST_SERIAL) {
            return null;
        }
        long seconds = Math.round(fraction * 86_400);
        return SERIAL_EPOCH.plusDays(whole).atStartOfDay().plusSeconds(seconds);
    }

    /** Strips ASCII spaces, tabs, line ends and no-break spaces without copying when there are none. */
    private static String trim(String s) {
        int from = 0;
        int to = s.length();
        while (from < to && isBlank(s.charAt(from))) {
            from++;
        }
        while (to > from && isBlank(s.charAt(to - 1))) {
            to--;
        }
        return from == 0 && to == s.length() ? s : s.substring(from, to);
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\u00a0';
    }

    // ---- learning ------------------------------------------------------------------------------------

    /** Collects the facts of one sample list; used once by {@link #learn}. */
    private static final class Learner {
        private int nonBlank;
        private int numeric;
        private boolean allNumericDotted = true;
        private String firstAbove12;
        private String secondAbove12;
        private String ambiguousExample;
        private int serialsInRange;
        private int numbersOutOfRange;
        private int placeholders;

        DateColumnParser learn(List<String> samples) {
            for (String raw : samples) {
                observe(raw);
            }
            boolean firstOver = firstAbove12 != null;
            boolean secondOver = secondAbove12 != null;
            boolean noEvidence = !firstOver && !secondOver;
            boolean dayFirst = numeric > 0 && ((firstOver && !secondOver) || (noEvidence && allNumericDotted));
            boolean ambiguous = numeric > 0 && noEvidence && ambiguousExample != null;
            String reading = dayFirst ? (allNumericDotted ? "day.month (the dotted form is European)" : "day/month")
                    : "month/day (US)";
            String warning = null;
            if (ambiguous) {
                warning = "every date like " + ambiguousExample
                        + " could be day/month or month/day; read as " + reading;
            } else if (firstOver && secondOver) {
                warning = "some dates have a first part above 12 (like " + firstAbove12
                        + ") and others a second part above 12 (like " + secondAbove12
                        + "); read as month/day (US), so dates like " + firstAbove12 + " are unreadable";
            }
            // Second pass with the order settled: which forms really read, and are serials wanted?
            DateColumnParser trial = new DateColumnParser(dayFirst, true, ambiguous, warning, "");
            Map<DateScanner.Form, int[]> readByForm = new EnumMap<>(DateScanner.Form.class);
            Map<DateScanner.Form, int[]> clocks = new EnumMap<>(DateScanner.Form.class);
            boolean offsets = false;
            int otherDates = 0;
            for (String raw : samples) {
                String s = raw == null ? "" : trim(raw);
                if (s.isEmpty()) {
                    continue;
                }
                DateScanner d = new DateScanner(s);
                if (!d.scan() || trial.resolve(d) == null) {
                    continue;
                }
                readByForm.computeIfAbsent(d.form, f -> new int[1])[0]++;
                clocks.computeIfAbsent(d.form, f -> new int[3])[d.clock.ordinal()]++;
                offsets |= d.hasOffset;
                if (d.form != DateScanner.Form.NUMBER) {
                    otherDates++;
                }
            }
            boolean serials = serialsInRange > 0 && numbersOutOfRange == 0
                    && placeholders * SERIALS_PER_PLACEHOLDER <= serialsInRange
                    && serialsInRange + otherDates >= SERIALS_NEEDED * (nonBlank - placeholders);
            if (!serials) {
                readByForm.remove(DateScanner.Form.NUMBER);
            }
            String description = describe(readByForm, clocks, offsets, dayFirst, numeric > 0 && allNumericDotted);
            return new DateColumnParser(dayFirst, serials, ambiguous, warning, description);
        }

        private void observe(String raw) {
            String s = raw == null ? "" : trim(raw);
            if (s.isEmpty()) {
                return;
            }
            nonBlank++;
            DateScanner d = new DateScanner(s);
            if (!d.scan()) {
                return;
            }
            if (d.form == DateScanner.Form.NUMERIC) {
                numeric++;
                allNumericDotted &= d.separator == '.';
                if (d.first > 12 && firstAbove12 == null) {
                    firstAbove12 = s;
                }
                if (d.second > 12 && secondAbove12 == null) {
                    secondAbove12 = s;
                }
                if (d.first != d.second && d.first <= 12 && d.second <= 12 && ambiguousExample == null) {
                    ambiguousExample = s;
                }
            } else if (d.form == DateScanner.Form.NUMBER) {
                if (d.numberWhole >= FIRST_SERIAL && d.numberWhole <= LAST_SERIAL) {
                    serialsInRange++;
                } else if (d.numberWhole <= 1 || d.numberWhole >= LAST_EXCEL_SERIAL) {
                    placeholders++;
                } else {
                    numbersOutOfRange++;
                }
            }
        }

        private static String describe(Map<DateScanner.Form, int[]> readByForm,
                                       Map<DateScanner.Form, int[]> clocks, boolean offsets, boolean dayFirst,
                                       boolean dotted) {
            DateScanner.Form top = null;
            for (Map.Entry<DateScanner.Form, int[]> e : readByForm.entrySet()) {
                if (top == null || e.getValue()[0] > readByForm.get(top)[0]) {
                    top = e.getKey();
                }
            }
            if (top == null) {
                return "no readable dates in the samples";
            }
            int[] c = clocks.get(top);
            String clock = c[2] >= c[1] && c[2] > 0 ? " with 12-hour times"
                    : c[1] > 0 ? " with 24-hour times" : "";
            switch (top) {
                case ISO:
                    return "ISO 8601 " + (c[0] == 0 ? "date-times" : clock.isEmpty() ? "dates" : "dates and date-times")
                            + (offsets ? " with zone offsets, read as wall-clock time" : "");
                case YEAR_SLASH:
                    return "year/month/day" + clock;
                case NUMERIC:
                    if (dayFirst) {
                        return (dotted ? "day.month.year" : "day/month/year") + clock;
                    }
                    return "month/day/year" + clock + " (US)";
                case DAY_MONTH_NAME:
                    return "day month-name year (5 Mar 2024)" + clock;
                case MONTH_NAME_DAY:
                    return "month-name day, year (March 5, 2024)" + clock;
                default:
                    return "Excel serial day numbers (1900 date system)";
            }
        }
    }
}
