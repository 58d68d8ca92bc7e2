package org.civicthemes.cluster;

import java.util.Random;
import org.civicthemes.progress.CancellationToken;
import org.civicthemes.progress.ProgressListener;

/**
 * Spherical k-means (Dhillon and Modha 2001): unit-length rows, unit-length centres, similarity is the dot product.
 * Several restarts from k-means++ seeds, each run by {@link BoundedLloyd}; the restart with the highest total
 * similarity is kept (ties: the earlier). The result depends only on the rows, k and the seed, never on the number
 * of threads. On more than {@link #RESTART_SAMPLE} rows the restarts run on a fixed sample and only the best one is
 * refined on all rows.
 */
final class SphericalKMeans {

    static final int RESTART_SAMPLE = 20_000;
    /** Lloyd iterations stop when the total similarity grows by less than this share. */
    static final double TOLERANCE = 1e-4;

    private final int restarts;
    private final int maxIterations;
    private final boolean bounds;

    SphericalKMeans(int restarts, int maxIterations) {
        this(restarts, maxIterations, true);
    }

    /** With {@code bounds} false every row is compared with every centre in every iteration (for tests). */
    SphericalKMeans(int restarts, int maxIterations, boolean bounds) {
        this.restarts = restarts;
        this.maxIterations = maxIterations;
        this.bounds = bounds;
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
        BoundedLloyd.Result best = null;
        for (int r = 0; r < restarts; r++) {
            String step = "Grouping into " + k + " themes, run " + (r + 1) + " of " + restarts;
            int[] seeds = KMeansPlusPlus.seed(restartRows, Math.min(k, restartRows.size()), new Random(random.nextLong()),
                    cancel);
            BoundedLloyd.Result p = BoundedLloyd.run(restartRows, centresOf(restartRows, seeds), seeds.length,
                    maxIterations, TOLERANCE, bounds, step, progress, cancel);
            if (best == null || p.fit() > best.fit()) {
                best = p;
            }
        }
        if (restartRows != rows) {
            best = BoundedLloyd.run(rows, best.centres(), best.k(), maxIterations, TOLERANCE, bounds,
                    "Grouping all documents into " + k + " themes", progress, cancel);
        }
        return partition(rows, best, cancel);
    }

    /** Centre-major copies of the seed rows. */
    private static double[] centresOf(Rows rows, int[] seeds) {
        int d = rows.dimensions();
        double[] byCentre = new double[seeds.length * d];
        for (int c = 0; c < seeds.length; c++) {
            rows.addTo(seeds[c], 1, byCentre, c * d);
        }
        return byCentre;
    }

    /** The result with every row's similarity to its own centre. */
    private static Partition partition(Rows rows, BoundedLloyd.Result result, CancellationToken cancel) {
        int k = result.k();
        int n = rows.size();
        int d = rows.dimensions();
        int[] labels = result.labels();
        double[] centres = result.centres();
        double[] sims = new double[n];
        Rows.CentreBlock block = rows.centres(centres, k);
        Chunks.forEach(n, cancel, (chunk, from, to) -> {
            for (int i = from; i < to; i++) {
                sims[i] = Math.min(1, block.similarity(i, labels[i]));
            }
        });
        double total = 0;
        for (double s : sims) {
            total += s;
        }
        return new Partition(k, labels, BoundedLloyd.transpose(centres, k, d), sims, total);
    }
}
