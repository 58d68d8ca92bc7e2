package org.civicthemes.analysis;

import java.util.Arrays;
import org.civicthemes.model.DateRange;

/**
 * Requests per group (themes, then Unclear, then No description) created in a date range.
 *
 * @param range   the range counted
 * @param counts  requests per group in the range
 * @param undated requests of the run without a created date, which no range holds
 */
public record RangeCounts(DateRange range, long[] counts, long undated) {

    public RangeCounts {
        counts = counts.clone();
    }

    @Override
    public long[] counts() {
        return counts.clone();
    }

    public long count(int group) {
        return counts[group];
    }

    /** All requests in the range. */
    public long total() {
        return Arrays.stream(counts).sum();
    }

    /** A group's share of the requests in the range (0 when the range is empty). */
    public double share(int group) {
        long total = total();
        return total == 0 ? 0 : counts[group] / (double) total;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RangeCounts other && range.equals(other.range) && Arrays.equals(counts, other.counts)
                && undated == other.undated;
    }

    @Override
    public int hashCode() {
        return 31 * (31 * range.hashCode() + Arrays.hashCode(counts)) + Long.hashCode(undated);
    }

    @Override
    public String toString() {
        return "RangeCounts[" + range + ", " + Arrays.toString(counts) + ", undated=" + undated + "]";
    }
}
