package org.civicthemes.analysis;

/**
 * How one group's requests spread over a cycle, and whether that departs from flat more than chance explains.
 *
 * @param cycle         the cycle
 * @param counts        requests per bin
 * @param expected      requests per bin if the group were flat (proportional to how many days of each bin the
 *                      range holds)
 * @param chiSquare     Pearson's statistic of counts against expected
 * @param pValue        the chance of a statistic at least this large for a flat group
 * @param peakBin       the bin with the highest count relative to expected
 * @param years         calendar years with requests of the group
 * @param yearsWithPeak years in which the peak bin was above its expected share
 * @param patterned     true when the pattern is significant (p below {@link SeasonalityFinder#SIGNIFICANCE}), rests
 *                      on enough requests, and, for months of the year, recurs in at least two years
 */
public record CycleProfile(Cycle cycle, long[] counts, double[] expected, double chiSquare, double pValue,
                           int peakBin, int years, int yearsWithPeak, boolean patterned) {

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
}
