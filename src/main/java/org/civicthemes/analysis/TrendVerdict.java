package org.civicthemes.analysis;

import java.time.LocalDate;

/**
 * How a group's latest period compares with its past.
 *
 * @param group  the group index of {@link ThemeDayCounts}
 * @param from   first day of the latest period (clipped to the data)
 * @param to     last day of the latest period (clipped to the data)
 * @param latest requests in the latest period
 * @param used   the comparison the verdict rests on
 * @param other  the comparison with the other baseline, for the reader (a theme that is up on recent months but
 *               normal for the time of year); null when the data holds no such baseline
 */
public record TrendVerdict(int group, LocalDate from, LocalDate to, long latest, Comparison used, Comparison other) {

    /** Which way a group moved. */
    public enum Direction {
        EMERGING,
        FADING,
        STEADY
    }

    public TrendVerdict {
        java.util.Objects.requireNonNull(used, "used");
    }

    /** EMERGING, FADING or STEADY, by the comparison used. */
    public Direction direction() {
        return used.direction();
    }

    /** Requests the baseline used predicts for the latest period. */
    public double expected() {
        return used.expected();
    }

    /** Requests in the baseline used. */
    public long baseline() {
        return used.baseline();
    }

    public double pValue() {
        return used.pValue();
    }

    public double qValue() {
        return used.qValue();
    }

    /** Latest over expected (infinite when nothing was expected). */
    public double ratio() {
        return ratio(used);
    }

    /** Latest over what a comparison expected (infinite when nothing was expected). */
    public double ratio(Comparison comparison) {
        return comparison.expected() == 0 ? Double.POSITIVE_INFINITY : latest / comparison.expected();
    }
}
