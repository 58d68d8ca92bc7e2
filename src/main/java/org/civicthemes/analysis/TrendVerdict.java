package org.civicthemes.analysis;

import java.time.LocalDate;

/**
 * How a group's latest period compares with its recent past.
 *
 * @param group     the group index of {@link ThemeDayCounts}
 * @param from      first day of the latest period (clipped to the data)
 * @param to        last day of the latest period (clipped to the data)
 * @param latest    requests in the latest period
 * @param expected  requests the baseline's daily rate predicts for the latest period
 * @param baseline  requests in the baseline periods
 * @param pValue    chance of a count at least this far from expected (in the verdict's direction) if the rate
 *                  had not changed (Poisson)
 * @param direction EMERGING, FADING or STEADY
 */
public record TrendVerdict(int group, LocalDate from, LocalDate to, long latest, double expected, long baseline,
                           double pValue, Direction direction) {

    /** Which way a group moved. */
    public enum Direction {
        EMERGING,
        FADING,
        STEADY
    }

    /** Latest over expected (infinite when nothing was expected). */
    public double ratio() {
        return expected == 0 ? Double.POSITIVE_INFINITY : latest / expected;
    }
}
