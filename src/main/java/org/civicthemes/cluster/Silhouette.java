package org.civicthemes.cluster;

import org.civicthemes.progress.CancellationToken;

/**
 * Mean silhouette with cosine distance (1 - cosine similarity). For unit-length rows the mean distance from a row
 * to a group is 1 - (row . sum of the group) / size, so the exact silhouette costs one pass over the rows instead
 * of all pairs. A row alone in its group scores 0, as in scikit-learn.
 */
final class Silhouette {

    private Silhouette() {
    }

    static double cosine(Rows rows, int[] labels, int k, CancellationToken cancel) {
        int n = rows.size();
        if (k < 2 || n < 2) {
            return 0;
        }
        double[] sums = rows.groupSums(labels, k, cancel);
        int[] sizes = new int[k];
        for (int i = 0; i < n; i++) {
            sizes[labels[i]]++;
        }
        Rows.CentreBlock block = rows.centres(sums, k);
        double[] scores = new double[n];
        Chunks.forEach(n, cancel, (chunk, from, to) -> {
            double[] dots = new double[k];
            for (int i = from; i < to; i++) {
                int own = labels[i];
                if (sizes[own] < 2) {
                    continue;
                }
                block.similarities(i, dots);
                double a = 1 - (dots[own] - 1) / (sizes[own] - 1);
                double b = Double.POSITIVE_INFINITY;
                for (int c = 0; c < k; c++) {
                    if (c != own && sizes[c] > 0) {
                        b = Math.min(b, 1 - dots[c] / sizes[c]);
                    }
                }
                scores[i] = Math.max(a, b) > 0 ? (b - a) / Math.max(a, b) : 0;
            }
        });
        double total = 0;
        for (double s : scores) {
            total += s;
        }
        return total / n;
    }
}
