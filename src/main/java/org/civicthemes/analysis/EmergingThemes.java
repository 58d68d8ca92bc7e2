package org.civicthemes.analysis;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.civicthemes.model.DateRange;

/**
 * Emerging and fading groups: the latest period (the day, week or month holding the data's last day) against a
 * baseline, either the periods just before it or the same period in earlier years (see {@link Baseline}). Each
 * comparison is a binomial test of the latest count given the latest and baseline counts together (the standard
 * test that two Poisson rates are equal), adjusted for testing every group at once (Benjamini-Hochberg). Groups
 * with few requests on both sides are not tested, so tiny themes do not flood the list.
 */
public final class EmergingThemes {

    /** The latest count or the expected count must reach this for a group to be tested. */
    public static final int MIN_COUNT = 10;
    /** At most this many earlier years make the {@link Baseline#EARLIER_YEARS} baseline. */
    public static final int MAX_EARLIER_YEARS = 3;

    /** How every face explains emerging and fading, word for word. */
    public static final String EXPLANATION = "Emerging or fading: each theme's latest month (or week) against the "
            + "same days of up to " + MAX_EARLIER_YEARS + " earlier years, scaled by how all other requests changed "
            + "between them, or, when the data in the filter does not reach a year back, against the periods just "
            + "before it (6 months or 8 weeks unless chosen otherwise), per day. Binomial test of the two counts, "
            + "adjusted for testing every theme at once: emerging or fading only when q is below "
            + FalseDiscovery.RATE + " and at least " + MIN_COUNT + " requests are involved; steady otherwise. "
            + "Expected: what the baseline predicts for the latest period.";

    private EmergingThemes() {
    }

    /** Verdicts against the {@code baselinePeriods} periods before the latest one ({@link Baseline#RECENT}). */
    public static List<TrendVerdict> find(ThemeDayCounts counts, Period period, int baselinePeriods) {
        return find(counts, new EmergingOptions(period, baselinePeriods, Baseline.RECENT));
    }

    /**
     * Verdicts for every group, most unusual first (emerging and fading before steady, then by q-value); empty when
     * the data holds no baseline of the kind asked (or, for {@link Baseline#AUTO}, of either kind).
     */
    public static List<TrendVerdict> find(ThemeDayCounts counts, EmergingOptions options) {
        List<TrendVerdict> verdicts = new ArrayList<>();
        LocalDate lastDay = counts.lastDay();
        if (lastDay == null) {
            return verdicts;
        }
        Period period = options.period();
        DateRange latest = new DateRange(later(period.startOf(lastDay), counts.firstDay()), lastDay);
        List<DateRange> recentSpans = recentSpans(counts, latest, period, options.recentPeriods());
        List<DateRange> yearSpans = earlierYearSpans(counts, latest, period);
        Baseline used = switch (options.baseline()) {
            case AUTO -> yearSpans.isEmpty() ? Baseline.RECENT : Baseline.EARLIER_YEARS;
            default -> options.baseline();
        };
        List<DateRange> usedSpans = used == Baseline.RECENT ? recentSpans : yearSpans;
        if (usedSpans.isEmpty()) {
            return verdicts;
        }
        Baseline otherKind = used == Baseline.RECENT ? Baseline.EARLIER_YEARS : Baseline.RECENT;
        List<DateRange> otherSpans = used == Baseline.RECENT ? yearSpans : recentSpans;
        Comparison[] usedComparisons = compareAll(counts, latest, usedSpans, used);
        Comparison[] otherComparisons = otherSpans.isEmpty() ? null : compareAll(counts, latest, otherSpans, otherKind);
        for (int g = 0; g < counts.groups(); g++) {
            verdicts.add(new TrendVerdict(g, latest.from(), latest.to(), counts.count(g, latest), usedComparisons[g],
                    otherComparisons == null ? null : otherComparisons[g]));
        }
        verdicts.sort(Comparator.comparing((TrendVerdict v) -> v.direction() == TrendVerdict.Direction.STEADY)
                .thenComparingDouble(v -> Double.isNaN(v.qValue()) ? 2 : v.qValue())
                .thenComparingDouble(TrendVerdict::pValue).thenComparingInt(TrendVerdict::group));
        return verdicts;
    }

    /** The days of the {@code periods} periods before the latest one, clipped to the data; empty when none. */
    static List<DateRange> recentSpans(ThemeDayCounts counts, DateRange latest, Period period, int periods) {
        LocalDate start = period.startOf(latest.to());
        for (int i = 0; i < periods; i++) {
            start = period.previous(start);
        }
        start = later(start, counts.firstDay());
        if (!start.isBefore(latest.from())) {
            return List.of();
        }
        return List.of(new DateRange(start, latest.from().minusDays(1)));
    }

    /**
     * The latest period's days one, two, ... years before, as long as the data covers them: the same calendar
     * days for months, 52 weeks earlier for weeks and days (so weekdays line up).
     */
    static List<DateRange> earlierYearSpans(ThemeDayCounts counts, DateRange latest, Period period) {
        List<DateRange> spans = new ArrayList<>();
        for (int y = 1; y <= MAX_EARLIER_YEARS; y++) {
            LocalDate from = period == Period.MONTH ? latest.from().minusYears(y) : latest.from().minusWeeks(52L * y);
            LocalDate to = period == Period.MONTH ? latest.to().minusYears(y) : latest.to().minusWeeks(52L * y);
            if (from.isBefore(counts.firstDay())) {
                break;
            }
            spans.add(new DateRange(from, to));
        }
        return spans;
    }

    /** Every group against one baseline, with q-values across the groups tested. */
    private static Comparison[] compareAll(ThemeDayCounts counts, DateRange latest, List<DateRange> spans,
                                           Baseline kind) {
        int groups = counts.groups();
        long[] latestCounts = new long[groups];
        long[] baseCounts = new long[groups];
        long latestTotal = 0;
        long baseTotal = 0;
        for (int g = 0; g < groups; g++) {
            latestCounts[g] = counts.count(g, latest);
            for (DateRange span : spans) {
                baseCounts[g] += counts.count(g, span);
            }
            latestTotal += latestCounts[g];
            baseTotal += baseCounts[g];
        }
        double latestDays = days(latest);
        double baseDays = spans.stream().mapToDouble(EmergingThemes::days).sum();
        Comparison[] out = new Comparison[groups];
        double[] pTested = new double[groups];
        for (int g = 0; g < groups; g++) {
            double latestExposure = latestDays;
            double baseExposure = baseDays;
            if (kind == Baseline.EARLIER_YEARS && latestTotal > latestCounts[g] && baseTotal > baseCounts[g]) {
                latestExposure = latestTotal - latestCounts[g];
                baseExposure = baseTotal - baseCounts[g];
            }
            out[g] = compare(kind, spans, latestCounts[g], baseCounts[g], latestExposure, baseExposure);
            pTested[g] = out[g].expected() >= MIN_COUNT || latestCounts[g] >= MIN_COUNT ? out[g].pValue() : Double.NaN;
        }
        double[] q = FalseDiscovery.adjust(pTested);
        for (int g = 0; g < groups; g++) {
            TrendVerdict.Direction direction = TrendVerdict.Direction.STEADY;
            if (q[g] < FalseDiscovery.RATE) {
                direction = latestCounts[g] > out[g].expected() ? TrendVerdict.Direction.EMERGING
                        : TrendVerdict.Direction.FADING;
            }
            out[g] = out[g].withQValue(q[g], direction);
        }
        return out;
    }

    /**
     * The latest count against the baseline count, each with its exposure (days, or other requests): given both
     * counts together, the latest one is binomial with the latest exposure's share if the rate did not change.
     */
    private static Comparison compare(Baseline kind, List<DateRange> spans, long latest, long base,
                                      double latestExposure, double baseExposure) {
        double expected = base * latestExposure / baseExposure;
        long n = latest + base;
        double share = latestExposure / (latestExposure + baseExposure);
        double p = 1;
        if (n > 0) {
            double up = Binomial.atLeast(latest, n, share);
            double down = Binomial.atMost(latest, n, share);
            p = Math.min(1, 2 * Math.min(up, down));
        }
        return new Comparison(kind, spans, base, expected, p, Double.NaN, TrendVerdict.Direction.STEADY);
    }

    private static double days(DateRange range) {
        return ChronoUnit.DAYS.between(range.from(), range.to()) + 1;
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
