package org.civicthemes.analysis;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether a group's requests cluster in some months of the year, days of the month, weekdays or hours, more
 * than chance would explain: a chi-square test of the counts against a baseline, either the calendar (a flat
 * spread over the days of the period) or the spread of all requests.
 */
public final class SeasonalityFinder {

    /** Fewer requests than this are never called a pattern. */
    public static final int MIN_REQUESTS = 30;
    /** A month-of-year pattern must show in at least this many calendar years. */
    public static final int MIN_YEARS_FOR_SEASONS = 2;

    private SeasonalityFinder() {
    }

    /**
     * How many days of each bin the period from {@code firstDay} to {@code lastDay} holds: the baseline of a
     * perfectly flat group (a range with three Julys expects more July requests).
     */
    public static double[] calendar(Cycle cycle, LocalDate firstDay, LocalDate lastDay) {
        double[] exposure = new double[cycle.bins()];
        for (LocalDate d = firstDay; !d.isAfter(lastDay); d = d.plusDays(1)) {
            cycle.addExposure(d, exposure);
        }
        return exposure;
    }

    /**
     * How all requests spread over the cycle: the baseline that asks whether a group departs from the usual
     * rhythm of the city's requests (office hours, weekdays, growth), rather than from a flat spread.
     */
    public static double[] distribution(Cycle cycle, Iterable<LocalDateTime> allTimes) {
        double[] counts = new double[cycle.bins()];
        for (LocalDateTime t : allTimes) {
            counts[cycle.binOf(t)]++;
        }
        return counts;
    }

    /** {@link #distribution(Cycle, Iterable)} of packed times. */
    static double[] distribution(Cycle cycle, long[]... groups) {
        return distribution(cycle, groups, null);
    }

    /**
     * {@link #distribution(Cycle, Iterable)} of packed times, each counted as many times as its weight (a day of a
     * count cube stands for its requests); {@code weights} null counts each time once.
     */
    static double[] distribution(Cycle cycle, long[][] groups, long[][] weights) {
        double[] counts = new double[cycle.bins()];
        for (int g = 0; g < groups.length; g++) {
            long[] times = groups[g];
            for (int i = 0; i < times.length; i++) {
                counts[PackedTime.bin(times[i], cycle)] += weights == null ? 1 : weights[g][i];
            }
        }
        return counts;
    }

    /** The profiles with q-values adjusted across all of them that were tested (Benjamini-Hochberg). */
    public static List<CycleProfile> adjusted(List<CycleProfile> profiles) {
        double[] p = profiles.stream().mapToDouble(c -> c.tested() ? c.pValue() : Double.NaN).toArray();
        double[] q = FalseDiscovery.adjust(p);
        List<CycleProfile> out = new ArrayList<>(profiles.size());
        for (int i = 0; i < q.length; i++) {
            out.add(profiles.get(i).withQValue(q[i]));
        }
        return out;
    }

    /**
     * The profile of one group's request times over a cycle, against a baseline (weights per bin, for example
     * {@link #calendar} or {@link #distribution}); expected counts are the group's total spread like the baseline.
     * Tested alone, its q-value is its p-value; {@link #adjusted} adjusts a family of profiles tested together.
     */
    public static CycleProfile profile(List<LocalDateTime> times, Cycle cycle, double[] baseline) {
        return profile(PackedTime.of(times), cycle, baseline);
    }

    /** {@link #profile(List, Cycle, double[])} of packed times. */
    static CycleProfile profile(long[] times, Cycle cycle, double[] baseline) {
        return profile(times, null, cycle, baseline);
    }

    /**
     * {@link #profile(List, Cycle, double[])} of packed times, each standing for as many requests as its weight (a
     * day of a count cube); {@code weights} null counts each time once. The statistics are those of the requests
     * the weights count, one by one.
     */
    static CycleProfile profile(long[] times, long[] weights, Cycle cycle, double[] baseline) {
        int bins = cycle.bins();
        long[] counts = new long[bins];
        int firstYear = Integer.MAX_VALUE;
        int lastYear = Integer.MIN_VALUE;
        for (long t : times) {
            int year = PackedTime.year(t);
            firstYear = Math.min(firstYear, year);
            lastYear = Math.max(lastYear, year);
        }
        // counts per year and bin in one array (a map lookup per request cost most of a profile when times are in
        // no order of date)
        long[] yearBins = new long[times.length == 0 ? 0 : (lastYear - firstYear + 1) * bins];
        boolean anyTime = false;
        long total = 0;
        for (int i = 0; i < times.length; i++) {
            long t = times[i];
            long weight = weights == null ? 1 : weights[i];
            int bin = PackedTime.bin(t, cycle);
            counts[bin] += weight;
            yearBins[(PackedTime.year(t) - firstYear) * bins + bin] += weight;
            anyTime |= PackedTime.hasTimeOfDay(t);
            total += weight;
        }
        List<long[]> byYear = new ArrayList<>();
        for (int y = 0; y * bins < yearBins.length; y++) {
            long[] year = java.util.Arrays.copyOfRange(yearBins, y * bins, (y + 1) * bins);
            for (long c : year) {
                if (c > 0) {
                    byYear.add(year);
                    break;
                }
            }
        }
        double weight = 0;
        for (double e : baseline) {
            weight += e;
        }
        double[] expected = new double[bins];
        double chi = 0;
        int usedBins = 0;
        int peak = 0;
        double peakRatio = -1;
        for (int b = 0; b < bins; b++) {
            expected[b] = weight == 0 ? 0 : total * baseline[b] / weight;
            if (expected[b] > 0) {
                usedBins++;
                double diff = counts[b] - expected[b];
                chi += diff * diff / expected[b];
                double ratio = counts[b] / expected[b];
                if (ratio > peakRatio) {
                    peakRatio = ratio;
                    peak = b;
                }
            }
        }
        double p = usedBins < 2 ? 1 : ChiSquare.upperTail(chi, usedBins - 1);
        double peakShare = weight == 0 ? 0 : baseline[peak] / weight;
        int yearsWithPeak = 0;
        for (long[] year : byYear) {
            long yearTotal = 0;
            for (long c : year) {
                yearTotal += c;
            }
            if (yearTotal > 0 && year[peak] > peakShare * yearTotal) {
                yearsWithPeak++;
            }
        }
        boolean tested = (cycle != Cycle.HOUR_OF_DAY || anyTime) && total >= MIN_REQUESTS;
        return new CycleProfile(cycle, counts, expected, chi, p, tested ? p : Double.NaN, peak, byYear.size(),
                yearsWithPeak, tested);
    }
}
