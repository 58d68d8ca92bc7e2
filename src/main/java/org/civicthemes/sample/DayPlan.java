package org.civicthemes.sample;

import java.time.LocalDate;
import java.util.Random;

/**
 * How many requests each day of the range gets: proportional to the day's total weight (every topic's seasonal
 * weight summed) times a small random jitter, rounded so the days add up to exactly the rows asked for.
 */
final class DayPlan {

    /** Sigma of the log-normal day-to-day jitter of volume. */
    static final double DAY_JITTER = 0.12;

    private final int[] counts;

    DayPlan(SampleOptions options, Seasonality seasonality, Random rng) {
        int days = options.days();
        double[] weights = new double[days];
        double total = 0;
        for (int i = 0; i < days; i++) {
            LocalDate day = options.start().plusDays(i);
            double w = 0;
            for (Topic t : Topic.values()) {
                w += seasonality.weight(t, day);
            }
            weights[i] = w * Math.exp(DAY_JITTER * rng.nextGaussian());
            total += weights[i];
        }
        counts = new int[days];
        double cumulative = 0;
        long assigned = 0;
        for (int i = 0; i < days; i++) {
            cumulative += weights[i];
            long upTo = i == days - 1 ? options.rows() : Math.round(cumulative / total * options.rows());
            counts[i] = (int) (upTo - assigned);
            assigned = upTo;
        }
    }

    /** Requests on the day with this index (0 = the start day). */
    int count(int dayIndex) {
        return counts[dayIndex];
    }

    int days() {
        return counts.length;
    }
}
