package org.civicthemes.cluster;

import java.util.HashMap;
import java.util.Map;

/**
 * How much two labelings of the same documents agree, whatever the label values: the adjusted Rand index
 * (Hubert and Arabie 1985) and normalized mutual information with the arithmetic-mean normalization
 * (scikit-learn's default). Both are 1 for identical labelings up to renaming, and near 0 for unrelated ones.
 */
public final class Agreement {

    private Agreement() {
    }

    public static double adjustedRandIndex(int[] a, int[] b) {
        long[][] table = contingency(a, b);
        double sumCells = 0;
        double[] rows = new double[table.length];
        double[] cols = new double[table[0].length];
        for (int i = 0; i < table.length; i++) {
            for (int j = 0; j < table[i].length; j++) {
                long n = table[i][j];
                sumCells += pairs(n);
                rows[i] += n;
                cols[j] += n;
            }
        }
        double sumRows = 0;
        for (double r : rows) {
            sumRows += pairs(r);
        }
        double sumCols = 0;
        for (double c : cols) {
            sumCols += pairs(c);
        }
        double expected = sumRows * sumCols / pairs(a.length);
        double max = (sumRows + sumCols) / 2;
        if (max == expected) {
            return 1.0;
        }
        return (sumCells - expected) / (max - expected);
    }

    public static double normalizedMutualInformation(int[] a, int[] b) {
        long[][] table = contingency(a, b);
        double n = a.length;
        double[] rows = new double[table.length];
        double[] cols = new double[table[0].length];
        for (int i = 0; i < table.length; i++) {
            for (int j = 0; j < table[i].length; j++) {
                rows[i] += table[i][j];
                cols[j] += table[i][j];
            }
        }
        double mi = 0;
        for (int i = 0; i < table.length; i++) {
            for (int j = 0; j < table[i].length; j++) {
                if (table[i][j] > 0) {
                    double p = table[i][j] / n;
                    mi += p * Math.log(p * n * n / (rows[i] * cols[j]));
                }
            }
        }
        double h = (entropy(rows, n) + entropy(cols, n)) / 2;
        if (h == 0) {
            return 1.0;
        }
        return Math.max(0, mi / h);
    }

    private static double entropy(double[] counts, double n) {
        double h = 0;
        for (double c : counts) {
            if (c > 0) {
                h -= c / n * Math.log(c / n);
            }
        }
        return h;
    }

    private static double pairs(double n) {
        return n * (n - 1) / 2;
    }

    private static long[][] contingency(int[] a, int[] b) {
        if (a.length != b.length || a.length == 0) {
            throw new IllegalArgumentException("Labelings must be non-empty and of the same length: " + a.length
                    + " and " + b.length);
        }
        int[] ra = renumber(a);
        int[] rb = renumber(b);
        int ka = 0;
        int kb = 0;
        for (int i = 0; i < a.length; i++) {
            ka = Math.max(ka, ra[i] + 1);
            kb = Math.max(kb, rb[i] + 1);
        }
        long[][] table = new long[ka][kb];
        for (int i = 0; i < a.length; i++) {
            table[ra[i]][rb[i]]++;
        }
        return table;
    }

    private static int[] renumber(int[] labels) {
        Map<Integer, Integer> ids = new HashMap<>();
        int[] out = new int[labels.length];
        for (int i = 0; i < labels.length; i++) {
            out[i] = ids.computeIfAbsent(labels[i], x -> ids.size());
        }
        return out;
    }
}
