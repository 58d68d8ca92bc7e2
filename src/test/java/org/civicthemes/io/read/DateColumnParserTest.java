package org.civicthemes.io.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.LocalTime;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateColumnParserTest {

    private static final DateColumnParser DEFAULTS = DateColumnParser.learn(List.of());

    private static List<String> samples(String joined) {
        return joined == null ? List.of() : Arrays.asList(joined.split("\\|", -1));
    }

    private static String read(DateColumnParser parser, String value) {
        return parser.parse(value).map(LocalDateTime::toString).orElse("EMPTY");
    }

    @ParameterizedTest(name = "[{index}] ''{0}'' -> {1}")
    @CsvSource(delimiter = ';', value = {
        // ISO 8601, with T or space, fractions, zones (wall-clock time kept)
        "2024-03-05;                          2024-03-05T00:00",
        "2024-02-29;                          2024-02-29T00:00",
        "2024-03-05T14:03;                    2024-03-05T14:03",
        "2024-03-05T14:03:00;                 2024-03-05T14:03",
        "2024-03-05 14:03:09;                 2024-03-05T14:03:09",
        "2024-03-05T14:03:09.5;               2024-03-05T14:03:09.500",
        "2024-03-05 14:03:09.123;             2024-03-05T14:03:09.123",
        "2024-03-05T14:03:09.123456789Z;      2024-03-05T14:03:09.123456789",
        "2017-08-30T17:38:49Z;                2017-08-30T17:38:49",
        "2025-09-04T22:37:50+00:00;           2025-09-04T22:37:50",
        "2024-03-05T14:03:00+02:00;           2024-03-05T14:03",
        "2024-03-05T14:03:00+0200;            2024-03-05T14:03",
        "2024-03-05T14:03:00-05:00;           2024-03-05T14:03",
        "2024-03-05T14:03:00+02;              2024-03-05T14:03",
        "2024-03-05 14:03:00 +0000;           2024-03-05T14:03",
        "2024-03-05 14:03:00 UTC;             2024-03-05T14:03",
        "  2024-03-05T14:03:00  ;             2024-03-05T14:03",
        // year first with slashes
        "2024/03/05;                          2024-03-05T00:00",
        "2024/3/5 14:03;                      2024-03-05T14:03",
        // US numeric, 12- and 24-hour
        "3/5/2024;                            2024-03-05T00:00",
        "03/05/2024 2:03 PM;                  2024-03-05T14:03",
        "3/5/2024 2:03:09 pm;                 2024-03-05T14:03:09",
        "3/5/2024 2:03PM;                     2024-03-05T14:03",
        "3/5/2024 2:03 p.m.;                  2024-03-05T14:03",
        "3/5/2024 12:00 AM;                   2024-03-05T00:00",
        "3/5/2024 12:30 PM;                   2024-03-05T12:30",
        "3/5/2024 11:59 PM;                   2024-03-05T23:59",
        "3/5/2024 14:03;                      2024-03-05T14:03",
        "3/5/2024 0:05:00;                    2024-03-05T00:05",
        "03-05-2024;                          2024-03-05T00:00",
        "3/5/24;                              2024-03-05T00:00",
        "3/5/95;                              1995-03-05T00:00",
        "12/31/29;                            2029-12-31T00:00",
        "1/1/30;                              1930-01-01T00:00",
        // named months
        "5-Mar-2024;                          2024-03-05T00:00",
        "5-Mar-24;                            2024-03-05T00:00",
        "05 Mar 2024;                         2024-03-05T00:00",
        "5 March 2024;                        2024-03-05T00:00",
        "5 mar. 2024;                         2024-03-05T00:00",
        "5 MARCH, 2024;                       2024-03-05T00:00",
        "March 5, 2024;                       2024-03-05T00:00",
        "Mar 5 2024;                          2024-03-05T00:00",
        "Mar. 5, 2024;                        2024-03-05T00:00",
        "Sept 30 2024;                        2024-09-30T00:00",
        "september 30, 2024 4:15 PM;          2024-09-30T16:15",
        "Tue, 05 Mar 2024 14:03;              2024-03-05T14:03",
        "Tue, 05 Mar 2024 14:03:00 GMT;       2024-03-05T14:03",
        "Tuesday, 5 March 2024;               2024-03-05T00:00",
        "Tue Mar 5 2024;                      2024-03-05T00:00",
        "05 Mar 2024 14:03:00 +0100;          2024-03-05T14:03",
        // invalid dates and times
        "2024-02-30;                          EMPTY",
        "2023-02-29;                          EMPTY",
        "2024-13-01;                          EMPTY",
        "2024-00-10;                          EMPTY",
        "13/13/2024;                          EMPTY",
        "2/30/2024;                           EMPTY",
        "0/5/2024;                            EMPTY",
        "2024-03-05T24:00;                    EMPTY",
        "2024-03-05T14:60;                    EMPTY",
        "2024-03-05T14:03:60;                 EMPTY",
        "3/5/2024 13:00 PM;                   EMPTY",
        "3/5/2024 0:30 AM;                    EMPTY",
        "2024-03-05T14:03:00+25:00;           EMPTY",
        "2024-03-05T14:03:09.1234567891;      EMPTY",
        "Mon, 05 Mar 2024;                    EMPTY",
        "31-Feb-2024;                         EMPTY",
        // not dates at all
        "garbage;                             EMPTY",
        "N/A;                                 EMPTY",
        "Smarch 5, 2024;                      EMPTY",
        "Ma 5 2024;                           EMPTY",
        "2024;                                EMPTY",
        "12;                                  EMPTY",
        "45356;                               EMPTY",
        "45356.5;                             EMPTY",
        "3/5;                                 EMPTY",
        "3/5/202;                             EMPTY",
        "3/5/20245;                           EMPTY",
        "2024-03-05T;                         EMPTY",
        "2024-03-05 14;                       EMPTY",
        "2024-03-05 14:03 tomorrow;           EMPTY",
        "2024-03-05/14:03;                    EMPTY",
        "14:03;                               EMPTY",
        "-71.3045680768;                      EMPTY",
        "7 Red Cross Terrace;                 EMPTY",
        "5 Mayfair Road 2024;                 EMPTY",
    })
    void readsEveryFormWithDefaults(String value, String expected) {
        assertEquals(expected, read(DEFAULTS, value));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t", "\u00a0"})
    void blankIsEmpty(String blank) {
        assertEquals(Optional.empty(), DEFAULTS.parse(blank));
        assertEquals(Optional.empty(), DEFAULTS.parse(null));
    }

    @ParameterizedTest(name = "[{index}] samples {0}: ''{1}'' -> {2}")
    @CsvSource(delimiter = ';', value = {
        // samples;                        value;        expected;            dayFirst; ambiguous
        "25/03/2024|03/04/2024;            03/04/2024;   2024-04-03T00:00;    true;     false",
        "25/03/2024 14:03|03/04/2024 9:00; 5/3/2024;     2024-03-05T00:00;    true;     false",
        "03/25/2024|03/04/2024;            03/04/2024;   2024-03-04T00:00;    false;    false",
        "03/04/2024|05/06/2024;            03/04/2024;   2024-03-04T00:00;    false;    true",
        "01/01/2024|02/02/2024|;           03/04/2024;   2024-03-04T00:00;    false;    false",
        "25/03/2024|03/25/2024;            25/03/2024;   EMPTY;               false;    false",
        "25/03/2024|03/25/2024;            03/25/2024;   2024-03-25T00:00;    false;    false",
        "05.03.2024|06.04.2024;            05.03.2024;   2024-03-05T00:00;    true;     true",
        "25.03.2024;                       5.3.2024 14:03; 2024-03-05T14:03;  true;     false",
        "03.25.2024|03.04.2024;            03.04.2024;   2024-03-04T00:00;    false;    false",
        "25/03/2024;                       13/13/2024;   EMPTY;               true;     false",
        "25/03/2024;                       2024-03-05;   2024-03-05T00:00;    true;     false",
        "25/03/2024;                       March 5, 2024; 2024-03-05T00:00;   true;     false",
        "2024-03-05|;                      03/04/2024;   2024-03-04T00:00;    false;    false",
    })
    void learnsTheDayMonthOrder(String samples, String value, String expected, boolean dayFirst, boolean ambiguous) {
        DateColumnParser parser = DateColumnParser.learn(samples(samples));
        assertEquals(expected, read(parser, value));
        assertEquals(dayFirst, parser.isDayFirst(), "day first");
        assertEquals(ambiguous, parser.isOrderAmbiguous(), "ambiguous");
        assertEquals(ambiguous, parser.orderWarning().isPresent() && parser.orderWarning().get().startsWith("every"));
    }

    @Test
    void warnsHowAnAmbiguousOrderWasRead() {
        assertEquals(Optional.of("every date like 03/04/2024 could be day/month or month/day; read as month/day (US)"),
                DateColumnParser.learn(List.of("01/01/2024", "03/04/2024", "05/06/2024")).orderWarning());
        assertEquals(Optional.of("every date like 05.03.2024 could be day/month or month/day;"
                        + " read as day.month (the dotted form is European)"),
                DateColumnParser.learn(List.of("05.03.2024")).orderWarning());
    }

    @Test
    void warnsWhenTheSamplesContradictEachOther() {
        DateColumnParser parser = DateColumnParser.learn(List.of("25/03/2024", "03/25/2024"));
        assertTrue(parser.orderWarning().orElseThrow().contains("like 25/03/2024"), parser.orderWarning().get());
        assertFalse(parser.isOrderAmbiguous());
    }

    @ParameterizedTest(name = "[{index}] samples {0}: ''{1}'' -> {2}")
    @CsvSource(delimiter = ';', value = {
        // serial columns: serials, or serials mixed with dates
        "45356|45357.25|45358;             45356;             2024-03-05T00:00;    true",
        "45356|45357.25|45358;             45356.5;           2024-03-05T12:00;    true",
        "45356|45357.25|45358;             45356.5833333333;  2024-03-05T14:00;    true",
        "45356|45357.25|45358;             45356.99999999;    2024-03-06T00:00;    true",
        "45356|45357.25|45358;             32874;             1990-01-01T00:00;    true",
        "45356|45357.25|45358;             73051;             2100-01-01T00:00;    true",
        "45356|45357.25|45358;             32873;             EMPTY;               true",
        "45356|45357.25|45358;             73052;             EMPTY;               true",
        "45356|2024-03-06T10:00:00|;       45356.75;          2024-03-05T18:00;    true",
        "45356|45357|45358|45359|45360|45361|45362|45363|45364|n/a; 45356; 2024-03-05T00:00; true",
        // issue 14, item 1: a placeholder serial for "no date" (9999-12-31, 0) among 20 serials keeps the column dates
        "45356|45357|45358|45359|45360|45361|45362|45363|45364|45365|45366|45367|45368|45369|45370|45371|45372|45373|45374|45375|2958465; 45356; 2024-03-05T00:00; true",
        "45356|45357|45358|45359|45360|45361|45362|45363|45364|45365|45366|45367|45368|45369|45370|45371|45372|45373|45374|45375|0; 2958465; EMPTY; true",
        "45356|45357|45358|2958465;        45356;             EMPTY;               false",
        // request ids, coordinates and mostly-text columns never become dates
        "3672116|3670109|3669135;          45356;             EMPTY;               false",
        "45356|3672116;                    45356;             EMPTY;               false",
        "45356|hello|world;                45356;             EMPTY;               false",
        "41.4849843479|41.4691496855;      45356;             EMPTY;               false",
        "12|45356;                         45356;             EMPTY;               false",
        ";                                 45356;             EMPTY;               false",
    })
    void readsExcelSerialsOnlyWhenTheColumnIsDates(String samples, String value, String expected, boolean serials) {
        DateColumnParser parser = DateColumnParser.learn(samples(samples));
        assertEquals(serials, parser.readsExcelSerials());
        assertEquals(expected, read(parser, value));
    }

    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @CsvSource(delimiter = ';', value = {
        "3/5/2024 2:03 PM|3/6/2024 9:15 AM;       month/day/year with 12-hour times (US)",
        "3/5/2024|3/6/2024;                       month/day/year (US)",
        "25/03/2024 14:03|26/03/2024 09:00;       day/month/year with 24-hour times",
        "25.03.2024;                              day.month.year",
        "2017-08-30T17:38:49Z|2017-08-31T20:40:59Z; ISO 8601 date-times with zone offsets, read as wall-clock time",
        "2024-03-05|2024-03-06;                   ISO 8601 dates",
        "2024-03-05|2024-03-06 10:00;             ISO 8601 dates and date-times",
        "2024/03/05 10:00;                        year/month/day with 24-hour times",
        "5-Mar-2024|6-Mar-2024|March 7, 2024;     day month-name year (5 Mar 2024)",
        "March 7, 2024 4:00 PM;                   month-name day, year (March 5, 2024) with 12-hour times",
        "45356|45357.5;                           Excel serial day numbers (1900 date system)",
        "hello|world;                             no readable dates in the samples",
    })
    void describesTheConventions(String samples, String expected) {
        assertEquals(expected, DateColumnParser.learn(samples(samples)).describe());
    }

    /** Formats random instants with java.time patterns and reads them back. */
    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
        "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd HH:mm:ss.SSS", "yyyy-MM-dd'T'HH:mm:ssXXX", "yyyy/MM/dd HH:mm",
        "M/d/yyyy h:mm a", "MM/dd/yyyy HH:mm:ss", "M/d/yy", "d-MMM-yyyy", "dd MMM yyyy", "d MMMM yyyy",
        "MMMM d, yyyy", "MMM d yyyy", "EEE, dd MMM yyyy HH:mm", "EEEE, d MMMM yyyy h:mm:ss a"})
    void roundTripsJavaTimeFormats(String pattern) {
        DateTimeFormatter format = pattern.equals("M/d/yy")
                // two-digit years as Excel reads them: 1930-2029
                ? new DateTimeFormatterBuilder().appendPattern("M/d/")
                        .appendValueReduced(ChronoField.YEAR, 2, 2, 1930).toFormatter(Locale.US)
                : DateTimeFormatter.ofPattern(pattern, Locale.US);
        Random random = new Random(20241126L);
        DateColumnParser parser = DateColumnParser.learn(List.of());
        for (int i = 0; i < 2000; i++) {
            LocalDateTime t = LocalDate.of(1990, 1, 1).plusDays(random.nextInt(365 * 39))
                    .atStartOfDay().plusSeconds(random.nextInt(86_400)).plusNanos(random.nextInt(1000) * 1_000_000L);
            String text = pattern.endsWith("XXX") ? t.atOffset(java.time.ZoneOffset.ofHours(-5)).format(format)
                    : t.format(format);
            LocalDateTime back = parser.parse(text).orElseThrow(() -> new AssertionError("unreadable: " + text));
            TemporalAccessor parsed = format.parse(text);
            LocalTime time = parsed.isSupported(ChronoField.HOUR_OF_DAY) ? LocalTime.from(parsed) : LocalTime.MIDNIGHT;
            assertEquals(LocalDate.from(parsed).atTime(time), back, text);
        }
    }
}
