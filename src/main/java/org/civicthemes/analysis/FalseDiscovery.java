package org.civicthemes.analysis;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Benjamini-Hochberg adjusted p-values ("q-values") for one family of tests, so that when many themes and cycles
 * are tested at once, about {@code q} of the tests called significant at level {@code q} are false alarms instead
 * of a fixed share of all the tests.
 */
public final class FalseDiscovery {

    /** q-values below this are a finding: about 1 in 100 findings may be chance. */
    public static final double RATE = 0.01;

    private FalseDiscovery() {
    }

    /**
     * The q-value of every p-value: {@code min over j >= rank of p(j) * m / j}, at most 1. Entries that are NaN are
     * not tests (too few requests, say): they stay NaN and do not count in {@code m}.
     */
    public static double[] adjust(double[] pValues) {
        double[] q = new double[pValues.length];
        Arrays.fill(q, Double.NaN);
        Integer[] order = IntStream.range(0, pValues.length).filter(i -> !Double.isNaN(pValues[i])).boxed()
                .toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> pValues[i]).thenComparingInt(i -> i));
        int m = order.length;
        double running = 1;
        for (int rank = m; rank >= 1; rank--) {
            int i = order[rank - 1];
            if (pValues[i] < 0 || pValues[i] > 1) {
                throw new IllegalArgumentException("Not a p-value: " + pValues[i]);
            }
            running = Math.min(running, pValues[i] * m / rank);
            q[i] = running;
        }
        return q;
    }
}
