package org.civicthemes.cluster;

import java.util.Arrays;
import java.util.Random;
import org.civicthemes.progress.CancellationToken;
import org.civicthemes.progress.ProgressListener;

/**
 * Spherical k-means (Dhillon and Modha 2001): unit-length rows, unit-length centres, similarity is the dot product.
 * Several restarts from k-means++ seeds; the restart with the highest total similarity is kept (ties: the earlier).
 * The assignment step runs in parallel over fixed row chunks and the centre update is sequential, so the result
 * depends only on the rows, k and the seed. On more than {@link #RESTART_SAMPLE} rows the restarts run on a fixed
 * sample and only the best one is refined on all rows.
 */
final class SphericalKMeans {

    static final int RESTART_SAMPLE = 20_000;
    /** Lloyd iterations stop when the total similarity grows by less than this share. */
    static final double TOLERANCE = 1e-4;

    private final int restarts;
    private final int maxIterations;

    SphericalKMeans(int restarts, int maxIterations) {
        this.restarts = restarts;
        this.maxIterations = maxIterations;
    }

    Partition fit(Rows rows, int k, long seed, ProgressListener progress, CancellationToken cancel) {
        int n = rows.size();
        if (n == 0 || k == 0) {
            return new Partition(0, new int[0], new double[0], new double[0], 0);
        }
        Random random = new Random(seed);
        Rows restartRows = rows;
        if (n > RESTART_SAMPLE) {
            restartRows = rows.select(Samples.sorted(n, RESTART_SAMPLE, random.nextLong()));
        }
        Partition best = null;
        for (int r = 0; r < restarts; r++) {
            String step = "Grouping into " + k + " themes, run " + (r + 1) + " of " + restarts;
            int[] seeds = KMeansPlusPlus.seed(restartRows, Math.min(k, restartRows.size()), new Random(random.nextLong()),
                    cancel);
            Partition p = lloyd(restartRows, centresOf(restartRows, seeds), seeds.length, step, progress, cancel);
            if (best == null || p.objective() > best.objective()) {
                best = p;
            }
        }
        if (restartRows != rows) {
            best = lloyd(rows, best.centres(), best.k(), "Grouping all documents into " + k + " themes", progress,
                    cancel);
        }
        return best;
    }

    private static double[] centresOf(Rows rows, int[] seeds) {
        int k = seeds.length;
        int d = rows.dimensions();
        double[] byCentre = new double[k * d];
        for (int c = 0; c < k; c++) {
            rows.addTo(seeds[c], 1, byCentre, c * d);
        }
        return transpose(byCentre, k, d);
    }

    private Partition lloyd(Rows rows, double[] initialCentres, int k, String step, ProgressListener progress,
                            CancellationToken cancel) {
        int n = rows.size();
        int d = rows.dimensions();
        int[] labels = new int[n];
        Arrays.fill(labels, -1);
        double[] sims = new double[n];
        double[] centres = initialCentres;
        double previous = Double.NEGATIVE_INFINITY;
        for (int it = 0; it < maxIterations; it++) {
            progress.update(step, it, maxIterations);
            int changed = assign(rows, centres, k, labels, sims, cancel);
            double objective = sum(sims);
            centres = update(rows, labels, sims, k, d, cancel);
            if (changed == 0 || objective - previous <= TOLERANCE * Math.abs(objective)) {
                break;
            }
            previous = objective;
        }
        progress.update(step, maxIterations, maxIterations);
        double[] finalCentres = centres;
        double[] byCentre = transpose(centres, d, k);
        Chunks.forEach(n, cancel, (chunk, from, to) -> {
            double[] out = new double[k];
            for (int i = from; i < to; i++) {
                Arrays.fill(out, 0);
                rows.similarities(i, finalCentres, byCentre, k, out);
                sims[i] = Math.min(1, out[labels[i]]);
            }
        });
        return new Partition(k, labels, centres, sims, sum(sims));
    }

    /** Nearest centre of every row (ties: the lower centre); returns how many rows changed group. */
    private static int assign(Rows rows, double[] centres, int k, int[] labels, double[] sims, CancellationToken cancel) {
        double[] byCentre = transpose(centres, rows.dimensions(), k);
        int[] changedPerChunk = new int[Chunks.count(rows.size())];
        Chunks.forEach(rows.size(), cancel, (chunk, from, to) -> {
            double[] out = new double[k];
            int changed = 0;
            for (int i = from; i < to; i++) {
                Arrays.fill(out, 0);
                rows.similarities(i, centres, byCentre, k, out);
                int best = 0;
                for (int c = 1; c < k; c++) {
                    if (out[c] > out[best]) {
                        best = c;
                    }
                }
                if (labels[i] != best) {
                    changed++;
                    labels[i] = best;
                }
                sims[i] = out[best];
            }
            changedPerChunk[chunk] = changed;
        });
        return Arrays.stream(changedPerChunk).sum();
    }

    /**
     * Unit-length mean of each group. An empty group takes the row that fits its own group worst (among groups of
     * more than one row), which is also moved to it.
     */
    private static double[] update(Rows rows, int[] labels, double[] sims, int k, int d, CancellationToken cancel) {
        int n = rows.size();
        double[] sums = new double[k * d];
        int[] sizes = new int[k];
        for (int i = 0; i < n; i++) {
            if ((i & 65535) == 0) {
                cancel.throwIfCancelled();
            }
            rows.addTo(i, 1, sums, labels[i] * d);
            sizes[labels[i]]++;
        }
        for (int c = 0; c < k; c++) {
            if (sizes[c] == 0) {
                int worst = -1;
                for (int i = 0; i < n; i++) {
                    if (sizes[labels[i]] > 1 && (worst < 0 || sims[i] < sims[worst])) {
                        worst = i;
                    }
                }
                if (worst >= 0) {
                    rows.addTo(worst, -1, sums, labels[worst] * d);
                    sizes[labels[worst]]--;
                    labels[worst] = c;
                    sizes[c] = 1;
                    sims[worst] = 1;
                    rows.addTo(worst, 1, sums, c * d);
                }
            }
        }
        for (int c = 0; c < k; c++) {
            double norm = 0;
            for (int j = 0; j < d; j++) {
                norm += sums[c * d + j] * sums[c * d + j];
            }
            if (norm > 0) {
                double scale = 1 / Math.sqrt(norm);
                for (int j = 0; j < d; j++) {
                    sums[c * d + j] *= scale;
                }
            }
        }
        return transpose(sums, k, d);
    }

    /** Turns a rows x cols row-major matrix into its cols x rows transpose. */
    private static double[] transpose(double[] matrix, int rows, int cols) {
        double[] out = new double[rows * cols];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                out[c * rows + r] = matrix[r * cols + c];
            }
        }
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
