package org.civicthemes.analysis;

import java.util.Objects;

/**
 * How emerging and fading themes are judged.
 *
 * @param period          the length of the latest period (and of the baseline's periods)
 * @param recentPeriods   how many periods before the latest one make the {@link Baseline#RECENT} baseline
 * @param baseline        which baseline the verdict rests on; the other one is reported beside it
 */
public record EmergingOptions(Period period, int recentPeriods, Baseline baseline) {

    /** Most baseline periods: ten years of months. */
    public static final int MAX_RECENT_PERIODS = 120;
    /** The latest month against the six before it, or against the same month of earlier years when there are any. */
    public static final EmergingOptions DEFAULTS = new EmergingOptions(Period.MONTH, 6, Baseline.AUTO);

    public EmergingOptions {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(baseline, "baseline");
        if (recentPeriods < 1 || recentPeriods > MAX_RECENT_PERIODS) {
            throw new IllegalArgumentException("The baseline is 1 to " + MAX_RECENT_PERIODS
                    + " periods before the latest one: " + recentPeriods);
        }
    }

    /** The default options for a period length: 28 days, 8 weeks or 6 months before the latest one. */
    public static EmergingOptions of(Period period) {
        return new EmergingOptions(period, defaultRecentPeriods(period), DEFAULTS.baseline());
    }

    public static int defaultRecentPeriods(Period period) {
        return switch (period) {
            case DAY -> 28;
            case WEEK -> 8;
            case MONTH -> 6;
        };
    }

    public EmergingOptions withRecentPeriods(int periods) {
        return new EmergingOptions(period, periods, baseline);
    }

    public EmergingOptions withBaseline(Baseline kind) {
        return new EmergingOptions(period, recentPeriods, kind);
    }
}
