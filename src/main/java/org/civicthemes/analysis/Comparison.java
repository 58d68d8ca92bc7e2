package org.civicthemes.analysis;

import java.util.List;
import org.civicthemes.model.DateRange;

/**
 * One group's latest count against one baseline.
 *
 * @param kind      {@link Baseline#RECENT} or {@link Baseline#EARLIER_YEARS}
 * @param spans     the days the baseline counts: one range for the recent periods, one per earlier year
 * @param baseline  the group's requests in the spans
 * @param expected  the requests the baseline predicts for the latest period: scaled by days for the recent
 *                  periods, by the requests of all other groups for earlier years
 * @param pValue    two-sided: the chance of a split at least this uneven between latest and baseline if the group's
 *                  rate had not changed (binomial test of the latest count given both counts)
 * @param qValue    the p-value adjusted for testing every group at once (Benjamini-Hochberg); NaN when the group
 *                  has too few requests to be tested
 * @param direction EMERGING or FADING when {@code qValue} is below {@link FalseDiscovery#RATE}, else STEADY
 */
public record Comparison(Baseline kind, List<DateRange> spans, long baseline, double expected, double pValue,
                         double qValue, TrendVerdict.Direction direction) {

    public Comparison {
        spans = List.copyOf(spans);
        if (kind == Baseline.AUTO) {
            throw new IllegalArgumentException("A comparison is against recent periods or earlier years, not AUTO");
        }
    }

    /** False when the group had too few requests on both sides to be judged. */
    public boolean tested() {
        return !Double.isNaN(qValue);
    }

    Comparison withQValue(double q, TrendVerdict.Direction dir) {
        return new Comparison(kind, spans, baseline, expected, pValue, q, dir);
    }
}
