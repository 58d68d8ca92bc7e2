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
        double[] dist = distancesTo(rows, new int[] {chosen[0]}, null, cancel)[0];
        int count = 1;
        while (count < k) {
            double total = sum(dist);
            if (total <= 1e-9) {
                break;
            }
            int[] candidates = new int[trials];
            for (int t = 0; t < trials; t++) {
                candidates[t] = draw(dist, total, random.nextDouble());
            }
            double[][] candidateDist = distancesTo(rows, candidates, dist, cancel);
            int best = 0;
            double bestTotal = Double.POSITIVE_INFINITY;
            for (int t = 0; t < trials; t++) {
                double s = sum(candidateDist[t]);
                if (s < bestTotal) {
                    bestTotal = s;
                    best = t;
                }
            }
            chosen[count++] = candidates[best];
            dist = candidateDist[best];
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

    /**
     * Cosine distance of every row to each candidate row, or the smaller of that and {@code previous}: one pass over
     * the rows for all candidates.
     */
    private static double[][] distancesTo(Rows rows, int[] candidates, double[] previous, CancellationToken cancel) {
        int t = candidates.length;
        int d = rows.dimensions();
        double[] byCentre = new double[t * d];
        for (int c = 0; c < t; c++) {
            rows.addTo(candidates[c], 1, byCentre, c * d);
        }
        Rows.CentreBlock block = rows.centres(byCentre, t);
        double[][] out = new double[t][rows.size()];
        Chunks.forEach(rows.size(), cancel, (chunk, from, to) -> {
            double[] sims = new double[t];
            for (int i = from; i < to; i++) {
                block.similarities(i, sims);
                for (int c = 0; c < t; c++) {
                    double dist = Math.max(0, 1 - sims[c]);
                    out[c][i] = previous == null ? dist : Math.min(dist, previous[i]);
                }
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
