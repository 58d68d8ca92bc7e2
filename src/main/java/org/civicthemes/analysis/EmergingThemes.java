package org.civicthemes.analysis;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.civicthemes.model.DateRange;

/**
 * Emerging and fading groups: the latest period (the week or month holding the data's last day) against the
 * daily rate of the periods before it, with a Poisson test on the counts. Groups with few requests on both sides
 * are never called emerging or fading, so tiny themes do not flood the list.
 */
public final class EmergingThemes {

    /** p-values below this are a verdict. */
    public static final double SIGNIFICANCE = 0.001;
    /** The latest count or the expected count must reach this for a verdict. */
    public static final int MIN_COUNT = 10;

    private EmergingThemes() {
    }

    /**
     * Verdicts for every group, most unusual first (emerging and fading before steady, then by p-value).
     *
     * @param baselinePeriods how many periods before the latest one make the baseline (fewer if the data is shorter)
     */
    public static List<TrendVerdict> find(ThemeDayCounts counts, Period period, int baselinePeriods) {
        if (baselinePeriods < 1) {
            throw new IllegalArgumentException("The baseline needs at least one period: " + baselinePeriods);
        }
        List<TrendVerdict> verdicts = new ArrayList<>();
        LocalDate lastDay = counts.lastDay();
        if (lastDay == null) {
            return verdicts;
        }
        LocalDate latestStart = later(period.startOf(lastDay), counts.firstDay());
        LocalDate baselineStart = period.startOf(lastDay);
        for (int i = 0; i < baselinePeriods; i++) {
            baselineStart = previous(period, baselineStart);
        }
        baselineStart = later(baselineStart, counts.firstDay());
        if (!baselineStart.isBefore(latestStart)) {
            return verdicts;
        }
        DateRange latestRange = new DateRange(latestStart, lastDay);
        DateRange baselineRange = new DateRange(baselineStart, latestStart.minusDays(1));
        double latestDays = ChronoUnit.DAYS.between(latestStart, lastDay) + 1;
        double baselineDays = ChronoUnit.DAYS.between(baselineStart, latestStart);
        for (int g = 0; g < counts.groups(); g++) {
            long latest = counts.count(g, latestRange);
            long base = counts.count(g, baselineRange);
            double expected = base * latestDays / baselineDays;
            verdicts.add(verdict(g, latestStart, lastDay, latest, expected, base));
        }
        verdicts.sort(Comparator.comparing((TrendVerdict v) -> v.direction() == TrendVerdict.Direction.STEADY)
                .thenComparingDouble(TrendVerdict::pValue).thenComparingInt(TrendVerdict::group));
        return verdicts;
    }

    private static TrendVerdict verdict(int group, LocalDate from, LocalDate to, long latest, double expected,
                                        long baseline) {
        boolean enough = latest >= MIN_COUNT || expected >= MIN_COUNT;
        double lambda = Math.max(expected, 0.5); // a group new in the latest period is judged against half a request
        double up = latest == 0 ? 1 : 1 - ChiSquare.upperRegularizedGamma(latest, lambda);   // P(X >= latest)
        double down = ChiSquare.upperRegularizedGamma(latest + 1, lambda);                   // P(X <= latest)
        TrendVerdict.Direction direction = TrendVerdict.Direction.STEADY;
        double p = Math.min(1, 2 * Math.min(up, down));
        if (enough && latest > expected && up < SIGNIFICANCE) {
            direction = TrendVerdict.Direction.EMERGING;
            p = up;
        } else if (enough && latest < expected && down < SIGNIFICANCE) {
            direction = TrendVerdict.Direction.FADING;
            p = down;
        }
        return new TrendVerdict(group, from, to, latest, expected, baseline, p, direction);
    }

    private static LocalDate previous(Period period, LocalDate start) {
        return switch (period) {
            case DAY -> start.minusDays(1);
            case WEEK -> start.minusWeeks(1);
            case MONTH -> start.minusMonths(1);
        };
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
