package org.civicthemes.cluster;

import java.util.Random;
import org.civicthemes.progress.CancellationToken;

/**
 * Greedy k-means++ seeding (Arthur and Vassilvitskii 2007, with the several-candidates variant scikit-learn uses):
 * each next centre is drawn with probability proportional to the cosine distance to the nearest centre chosen
 * so far, keeping the best of {@code 2 + ln k} candidates. Stops early when every row coincides with a centre.
 */
final class KMeansPlusPlus {

    private KMeansPlusPlus() {
    }

    /** Returns the indexes of the rows chosen as centres (at most {@code k}). */
    static int[] seed(Rows rows, int k, Random random, CancellationToken cancel) {
        int n = rows.size();
        int trials = 2 + (int) Math.log(k);
        int[] chosen = new int[k];
        chosen[0] = random.nextInt(n);
        double[] dist = distancesTo(rows, chosen[0], null, cancel);
        int count = 1;
        while (count < k) {
            double total = sum(dist);
            if (total <= 1e-9) {
                break;
            }
            int bestCandidate = -1;
            double bestTotal = Double.POSITIVE_INFINITY;
            double[] bestDist = null;
            for (int t = 0; t < trials; t++) {
                int candidate = draw(dist, total, random.nextDouble());
                double[] d = distancesTo(rows, candidate, dist, cancel);
                double s = sum(d);
                if (s < bestTotal) {
                    bestTotal = s;
                    bestCandidate = candidate;
                    bestDist = d;
                }
            }
            chosen[count++] = bestCandidate;
            dist = bestDist;
        }
        return java.util.Arrays.copyOf(chosen, count);
    }

    private static int draw(double[] dist, double total, double u) {
        double target = u * total;
        double acc = 0;
        int last = 0;
        for (int i = 0; i < dist.length; i++) {
            if (dist[i] > 0) {
                acc += dist[i];
                last = i;
                if (acc > target) {
                    return i;
                }
            }
        }
        return last;
    }

    /** Cosine distance of every row to row {@code centre}, or the smaller of that and {@code previous}. */
    private static double[] distancesTo(Rows rows, int centre, double[] previous, CancellationToken cancel) {
        double[] vector = new double[rows.dimensions()];
        rows.addTo(centre, 1, vector, 0);
        double[] out = new double[rows.size()];
        Chunks.forEach(rows.size(), cancel, (chunk, from, to) -> {
            for (int i = from; i < to; i++) {
                double d = Math.max(0, 1 - rows.dot(i, vector));
                out[i] = previous == null ? d : Math.min(d, previous[i]);
            }
        });
        return out;
    }

    private static double sum(double[] values) {
        double s = 0;
        for (double v : values) {
            s += v;
        }
        return s;
    }
}
