package org.civicthemes.sample;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;

/**
 * The planted time patterns: how much more (or less) of each topic a given day gets than its base weight.
 * Every number of the patterns is a constant here, so sample-data/README.md and tests can name them.
 */
final class Seasonality {

    // Fireworks: a window around July 4th every year, and a smaller peak around New Year's Eve.
    static final int FIREWORKS_WINDOW_FIRST_DAY_OF_JUNE = 25; // June 25 ...
    static final int FIREWORKS_WINDOW_LAST_DAY_OF_JULY = 10;  // ... to July 10
    static final double FIREWORKS_BEFORE_JULY_4 = 25;         // June 25 - July 3
    static final double FIREWORKS_JULY_4 = 200;
    static final double FIREWORKS_JULY_5 = 100;
    static final double FIREWORKS_AFTER_JULY_5 = 15;          // July 6 - 10
    static final double FIREWORKS_DEC_28_TO_30 = 5;
    static final double FIREWORKS_DEC_31 = 60;
    static final double FIREWORKS_JAN_1 = 30;

    // Storm drains and flooding: the wet winter.
    static final double STORM_NOV_TO_FEB = 3.0;
    static final double STORM_MAR_AND_OCT = 1.2;
    static final double STORM_OTHER_MONTHS = 0.5;

    // Overgrown vegetation and weeds: the growing season.
    static final double WEEDS_MAY_TO_AUG = 3.0;
    static final double WEEDS_APR_AND_SEP = 1.3;
    static final double WEEDS_OTHER_MONTHS = 0.35;

    // Potholes: the freeze-thaw spring.
    static final double POTHOLE_FEB_TO_APR = 2.5;
    static final double POTHOLE_JAN_AND_MAY = 1.4;
    static final double POTHOLE_OTHER_MONTHS = 0.8;

    // Snow and ice: only in winter.
    static final double SNOW_DEC_TO_FEB = 3.5;
    static final double SNOW_NOV_AND_MAR = 0.5;

    // Utility billing questions and bulk item pickups: the first days of every month.
    static final int EARLY_MONTH_LAST_DAY = 5;
    static final double EARLY_MONTH = 3.5;
    static final double REST_OF_MONTH = 0.55;

    // Noise: Friday and Saturday nights (Sunday carries the after-midnight part of Saturday night).
    static final double NOISE_FRIDAY = 2.2;
    static final double NOISE_SATURDAY = 3.0;
    static final double NOISE_SUNDAY = 1.2;
    static final double NOISE_MON_TO_THU = 0.3;
    static final double NOISE_JUN_TO_AUG = 1.3;

    // The emerging theme: e-scooters, barely present until the last EMERGING_DAYS days of the range.
    static final int EMERGING_DAYS = 61;
    static final double EMERGING_BEFORE = 0.02;
    static final double EMERGING_RAMP_FROM = 0.5;
    static final double EMERGING_RAMP_TO = 4.0;

    // Everyone else: fewer requests on weekends and holidays, a slow rise year over year.
    static final double WEEKEND_SATURDAY = 0.6;
    static final double WEEKEND_SUNDAY = 0.5;
    static final double GROWTH_PER_YEAR = 0.06;
    static final double HOLIDAY = 0.4;
    static final double GARBAGE_AFTER_CHRISTMAS = 2.0; // Dec 26 - Jan 3, holiday schedule shifts

    private final LocalDate start;
    private final LocalDate emergingStart;

    Seasonality(SampleOptions options) {
        this.start = options.start();
        LocalDate launch = options.end().minusDays(EMERGING_DAYS - 1L);
        this.emergingStart = launch.isBefore(start) ? start : launch;
    }

    /** First day of the emerging theme's ramp (the end of the range minus 60 days). */
    LocalDate emergingStart() {
        return emergingStart;
    }

    /** The weight of a topic on a day: base weight times every multiplier that applies. */
    double weight(Topic topic, LocalDate day) {
        return topic.baseWeight() * topicMultiplier(topic, day) * commonMultiplier(topic, day);
    }

    private double topicMultiplier(Topic topic, LocalDate day) {
        switch (topic) {
            case FIREWORKS: return fireworks(day);
            case STORM_DRAIN: return byMonth(day, STORM_NOV_TO_FEB, STORM_MAR_AND_OCT, STORM_OTHER_MONTHS,
                    Month.NOVEMBER, Month.DECEMBER, Month.JANUARY, Month.FEBRUARY, Month.MARCH, Month.OCTOBER);
            case OVERGROWN_VEGETATION: return byMonth(day, WEEDS_MAY_TO_AUG, WEEDS_APR_AND_SEP, WEEDS_OTHER_MONTHS,
                    Month.MAY, Month.JUNE, Month.JULY, Month.AUGUST, Month.APRIL, Month.SEPTEMBER);
            case POTHOLE: return pothole(day);
            case SNOW_ICE: return snow(day);
            case UTILITY_BILLING:
            case BULK_PICKUP:
                return day.getDayOfMonth() <= EARLY_MONTH_LAST_DAY ? EARLY_MONTH : REST_OF_MONTH;
            case NOISE: return noise(day);
            case E_SCOOTER: return emerging(day);
            case MISSED_GARBAGE: return isAfterChristmas(day) ? GARBAGE_AFTER_CHRISTMAS : 1.0;
            default: return 1.0;
        }
    }

    private double commonMultiplier(Topic topic, LocalDate day) {
        double growth = 1.0 + GROWTH_PER_YEAR * ChronoUnit.DAYS.between(start, day) / 365.25;
        if (topic == Topic.FIREWORKS || topic == Topic.NOISE) {
            return growth;
        }
        double weekend = 1.0;
        boolean weekendExempt = topic == Topic.PARKING_VIOLATION || topic == Topic.BLOCKED_DRIVEWAY
                || topic == Topic.LOOSE_DOG || topic == Topic.BARKING_DOG;
        if (!weekendExempt && day.getDayOfWeek() == DayOfWeek.SATURDAY) {
            weekend = WEEKEND_SATURDAY;
        } else if (!weekendExempt && day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            weekend = WEEKEND_SUNDAY;
        }
        return growth * weekend * (isHoliday(day) ? HOLIDAY : 1.0);
    }

    static double fireworks(LocalDate day) {
        int m = day.getMonthValue();
        int d = day.getDayOfMonth();
        if (m == 6 && d >= FIREWORKS_WINDOW_FIRST_DAY_OF_JUNE || m == 7 && d <= 3) {
            return FIREWORKS_BEFORE_JULY_4;
        }
        if (m == 7 && d == 4) {
            return FIREWORKS_JULY_4;
        }
        if (m == 7 && d == 5) {
            return FIREWORKS_JULY_5;
        }
        if (m == 7 && d <= FIREWORKS_WINDOW_LAST_DAY_OF_JULY) {
            return FIREWORKS_AFTER_JULY_5;
        }
        if (m == 12 && d == 31) {
            return FIREWORKS_DEC_31;
        }
        if (m == 12 && d >= 28) {
            return FIREWORKS_DEC_28_TO_30;
        }
        if (m == 1 && d == 1) {
            return FIREWORKS_JAN_1;
        }
        return 1.0;
    }

    /** True from June 25 to July 10: the fireworks window every test and document refers to. */
    static boolean inFireworksWindow(LocalDate day) {
        int m = day.getMonthValue();
        int d = day.getDayOfMonth();
        return m == 6 && d >= FIREWORKS_WINDOW_FIRST_DAY_OF_JUNE || m == 7 && d <= FIREWORKS_WINDOW_LAST_DAY_OF_JULY;
    }

    private static double byMonth(LocalDate day, double peak, double shoulder, double other, Month p1, Month p2,
                                  Month p3, Month p4, Month s1, Month s2) {
        Month m = day.getMonth();
        if (m == p1 || m == p2 || m == p3 || m == p4) {
            return peak;
        }
        return m == s1 || m == s2 ? shoulder : other;
    }

    private static double pothole(LocalDate day) {
        switch (day.getMonth()) {
            case FEBRUARY: case MARCH: case APRIL: return POTHOLE_FEB_TO_APR;
            case JANUARY: case MAY: return POTHOLE_JAN_AND_MAY;
            default: return POTHOLE_OTHER_MONTHS;
        }
    }

    private static double snow(LocalDate day) {
        switch (day.getMonth()) {
            case DECEMBER: case JANUARY: case FEBRUARY: return SNOW_DEC_TO_FEB;
            case NOVEMBER: case MARCH: return SNOW_NOV_AND_MAR;
            default: return 0.0;
        }
    }

    private static double noise(LocalDate day) {
        double week;
        switch (day.getDayOfWeek()) {
            case FRIDAY: week = NOISE_FRIDAY; break;
            case SATURDAY: week = NOISE_SATURDAY; break;
            case SUNDAY: week = NOISE_SUNDAY; break;
            default: week = NOISE_MON_TO_THU;
        }
        int m = day.getMonthValue();
        return week * (m >= 6 && m <= 8 ? NOISE_JUN_TO_AUG : 1.0);
    }

    private double emerging(LocalDate day) {
        if (day.isBefore(emergingStart)) {
            return EMERGING_BEFORE;
        }
        double progress = ChronoUnit.DAYS.between(emergingStart, day) / (double) (EMERGING_DAYS - 1);
        return EMERGING_RAMP_FROM + (EMERGING_RAMP_TO - EMERGING_RAMP_FROM) * Math.min(1.0, progress);
    }

    private static boolean isAfterChristmas(LocalDate day) {
        return day.getMonthValue() == 12 && day.getDayOfMonth() >= 26 || day.getMonthValue() == 1 && day.getDayOfMonth() <= 3;
    }

    /** New Year's Day, July 4th, Thanksgiving and Christmas Day: city offices closed. */
    static boolean isHoliday(LocalDate day) {
        int m = day.getMonthValue();
        int d = day.getDayOfMonth();
        if (m == 1 && d == 1 || m == 7 && d == 4 || m == 12 && d == 25) {
            return true;
        }
        return m == 11 && day.equals(day.with(TemporalAdjusters.dayOfWeekInMonth(4, DayOfWeek.THURSDAY)));
    }
}
