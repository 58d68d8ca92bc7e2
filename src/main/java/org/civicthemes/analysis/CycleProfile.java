package org.civicthemes.analysis;

/**
 * How one group's requests spread over a cycle, and whether that departs from its baseline more than chance
 * explains.
 *
 * @param cycle         the cycle
 * @param counts        requests per bin
 * @param expected      requests per bin if the group followed the baseline (a flat calendar, or the rhythm of all
 *                      requests)
 * @param chiSquare     Pearson's statistic of counts against expected
 * @param pValue        the chance of a statistic at least this large if the group followed the baseline
 * @param qValue        the p-value adjusted for the other profiles tested with it (Benjamini-Hochberg); the p-value
 *                      itself for a profile tested alone; NaN when not tested
 * @param peakBin       the bin with the highest count relative to expected
 * @param years         calendar years with requests of the group
 * @param yearsWithPeak years in which the peak bin was above its expected share
 * @param tested        false when the profile cannot show a pattern: fewer than
 *                      {@link SeasonalityFinder#MIN_REQUESTS} requests, or hours when the data has no times
 */
public record CycleProfile(Cycle cycle, long[] counts, double[] expected, double chiSquare, double pValue,
                           double qValue, int peakBin, int years, int yearsWithPeak, boolean tested) {

    public CycleProfile {
        counts = counts.clone();
        expected = expected.clone();
    }

    @Override
    public long[] counts() {
        return counts.clone();
    }

    @Override
    public double[] expected() {
        return expected.clone();
    }

    /** The peak bin's count over its expected count (1 is flat). */
    public double peakRatio() {
        return expected[peakBin] == 0 ? 0 : counts[peakBin] / expected[peakBin];
    }

    /**
     * True when the profile was tested, its q-value is below {@link FalseDiscovery#RATE} and, for months of the year,
     * the peak recurs in at least {@link SeasonalityFinder#MIN_YEARS_FOR_SEASONS} years.
     */
    public boolean patterned() {
        boolean recurs = cycle != Cycle.MONTH_OF_YEAR || yearsWithPeak >= SeasonalityFinder.MIN_YEARS_FOR_SEASONS;
        return tested && qValue < FalseDiscovery.RATE && recurs;
    }

    /** The same profile with its q-value from a family of tests. */
    CycleProfile withQValue(double q) {
        return new CycleProfile(cycle, counts, expected, chiSquare, pValue, q, peakBin, years, yearsWithPeak, tested);
    }
}
