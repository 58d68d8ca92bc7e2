package org.civicthemes.cluster;

import java.util.Arrays;
import org.civicthemes.progress.CancellationToken;
import org.civicthemes.progress.ProgressListener;

/**
 * Lloyd iterations of spherical k-means from given centres, with Hamerly's distance bounds (Hamerly 2010, "Making
 * k-means even faster"): each row keeps an upper bound on its distance to its own centre and a lower bound on its
 * distance to any other; when the centres move, the bounds move by how far they moved, and a row whose bounds still
 * say its centre is the nearest is not compared with the others. Late iterations, where centres barely move, then
 * skip most rows. The skip is exact: a row is skipped only when its centre is the nearest by a margin
 * ({@link #SLACK}) far above the rounding of a distance, so the groups are those of plain Lloyd iterations
 * (tests compare the two). Distances are Euclidean, which on unit vectors orders like cosine similarity.
 *
 * <p>The assignment runs in parallel over fixed row chunks and the group sums are added in an order fixed by the rows
 * and labels: nothing depends on the number of threads.
 */
final class BoundedLloyd {

    /**
     * @param k       number of groups
     * @param labels  group of each row
     * @param centres unit-length (or zero) centres, centre-major: {@code centres[c * d + j]}
     * @param fit     total similarity of the rows to these centres (the sum of the lengths of the group sums)
     * @param compared how many times a row was compared with every centre, over all iterations
     */
    record Result(int k, int[] labels, double[] centres, double fit, long compared) {
    }

    /** A row is skipped only when its own centre is nearer than any other by at least this distance. */
    static final double SLACK = 1e-6;

    private final Rows rows;
    private final int n;
    private final int d;
    private final int k;
    private final boolean useBounds;
    private final int[] labels;
    private final double[] sims;
    private final double[] upper;
    private final double[] lower;
    private final double[] norms;
    private double[] centres;
    private double[] centreNorms;
    /** How far each centre moved in the last update, the largest move, which centre made it, the second largest. */
    private double[] moves;
    private double largestMove;
    private int fastest;
    private double secondMove;
    /** Half the distance from each centre to the nearest other centre. */
    private double[] halfGaps;
    private boolean boundsValid;
    /** Rows compared with every centre in the last assignment. */
    private int lastCompared;
    /** A row was moved into an empty group in this update: its bounds are stale. */
    private boolean emptyGroupFilled;

    private BoundedLloyd(Rows rows, double[] initialCentres, int k, boolean useBounds) {
        this.rows = rows;
        this.n = rows.size();
        this.d = rows.dimensions();
        this.k = k;
        this.useBounds = useBounds;
        this.labels = new int[n];
        Arrays.fill(labels, -1);
        this.sims = new double[n];
        this.upper = new double[n];
        this.lower = new double[n];
        this.norms = new double[n];
        this.centres = initialCentres;
        this.centreNorms = squaredNorms(initialCentres);
    }

    /**
     * Runs at most {@code maxIterations} iterations from {@code initialCentres} (centre-major, k x d); stops when no
     * row changes group or the total similarity grows by less than {@code tolerance} of itself.
     */
    static Result run(Rows rows, double[] initialCentres, int k, int maxIterations, double tolerance,
                      boolean useBounds, String step, ProgressListener progress, CancellationToken cancel) {
        return new BoundedLloyd(rows, initialCentres, k, useBounds).iterate(maxIterations, tolerance, step, progress,
                cancel);
    }

    private Result iterate(int maxIterations, double tolerance, String step, ProgressListener progress,
                           CancellationToken cancel) {
        Chunks.forEach(n, cancel, (chunk, from, to) -> {
            for (int i = from; i < to; i++) {
                norms[i] = rows.squaredNorm(i);
            }
        });
        double previous = Double.NEGATIVE_INFINITY;
        double fit = 0;
        long compared = 0;
        for (int it = 0; it < maxIterations; it++) {
            progress.update(step, it, maxIterations);
            int changed = assign(cancel);
            compared += lastCompared;
            int[] sizes = new int[k];
            double[] sums = groupSums(sizes, cancel);
            double objective = 0;
            for (int c = 0; c < k; c++) {
                objective += dot(sums, c * d, centres, c * d);
            }
            if (Arrays.stream(sizes).anyMatch(size -> size == 0)) {
                fillEmptyGroups(sums, sizes);
            }
            double[] next = normalize(sums, cancel);
            fit = 0;
            for (int c = 0; c < k; c++) {
                fit += Math.sqrt(dot(sums, c * d, sums, c * d));
            }
            moveTo(next);
            if (changed == 0 || objective - previous <= tolerance * Math.abs(objective)) {
                break;
            }
            previous = objective;
        }
        progress.update(step, maxIterations, maxIterations);
        return new Result(k, labels, centres, fit, compared);
    }

    /** Nearest centre of every row (ties: the lower centre); returns how many rows changed group. */
    private int assign(CancellationToken cancel) {
        Rows.CentreBlock block = rows.centres(centres, k);
        boolean bounded = useBounds && boundsValid;
        int[] changedPerChunk = new int[Chunks.count(n)];
        int[] comparedPerChunk = new int[changedPerChunk.length];
        Chunks.forEach(n, cancel, (chunk, from, to) -> {
            double[] out = new double[k];
            int changed = 0;
            int compared = 0;
            for (int i = from; i < to; i++) {
                if (bounded && stillNearest(i, block)) {
                    continue;
                }
                compared++;
                block.similarities(i, out);
                int best = 0;
                for (int c = 1; c < k; c++) {
                    if (out[c] > out[best]) {
                        best = c;
                    }
                }
                int second = -1;
                for (int c = 0; c < k; c++) {
                    if (c != best && (second < 0 || out[c] > out[second])) {
                        second = c;
                    }
                }
                if (labels[i] != best) {
                    changed++;
                    labels[i] = best;
                }
                sims[i] = out[best];
                upper[i] = distance(i, best, out[best]);
                lower[i] = second < 0 ? Double.MAX_VALUE : distance(i, second, out[second]);
            }
            changedPerChunk[chunk] = changed;
            comparedPerChunk[chunk] = compared;
        });
        lastCompared = Arrays.stream(comparedPerChunk).sum();
        return Arrays.stream(changedPerChunk).sum();
    }

    /** Moves row i's bounds by the last centre moves; true when they (tightened once if needed) keep its centre. */
    private boolean stillNearest(int i, Rows.CentreBlock block) {
        int a = labels[i];
        double u = upper[i] + moves[a];
        double l = lower[i] - (a == fastest ? secondMove : largestMove);
        lower[i] = l;
        double limit = Math.max(l, halfGaps[a]);
        if (u + SLACK < limit) {
            upper[i] = u;
            return true;
        }
        double s = block.similarity(i, a);
        sims[i] = s;
        upper[i] = distance(i, a, s);
        return upper[i] + SLACK < limit;
    }

    private double distance(int row, int centre, double similarity) {
        return Math.sqrt(Math.max(0, norms[row] + centreNorms[centre] - 2 * similarity));
    }

    /** Sum of each group's rows, centre-major; counts the groups' sizes. */
    private double[] groupSums(int[] sizes, CancellationToken cancel) {
        for (int label : labels) {
            sizes[label]++;
        }
        return rows.groupSums(labels, k, cancel);
    }

    /**
     * An empty group takes the row that fits its own group worst (among groups of more than one row), which is also
     * moved to it. Rare; the similarities are recomputed exactly for it and the bounds are rebuilt afterwards.
     */
    private void fillEmptyGroups(double[] sums, int[] sizes) {
        Rows.CentreBlock block = rows.centres(centres, k);
        for (int i = 0; i < n; i++) {
            sims[i] = block.similarity(i, labels[i]);
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
        emptyGroupFilled = true;
    }

    /** Unit-length copies of the group sums (a zero sum stays zero). */
    private double[] normalize(double[] sums, CancellationToken cancel) {
        double[] out = sums.clone();
        for (int c = 0; c < k; c++) {
            double norm = dot(out, c * d, out, c * d);
            if (norm > 0) {
                double scale = 1 / Math.sqrt(norm);
                for (int j = 0; j < d; j++) {
                    out[c * d + j] *= scale;
                }
            }
        }
        cancel.throwIfCancelled();
        return out;
    }

    /** Takes the new centres and works out the moves and gaps the next assignment's bounds need. */
    private void moveTo(double[] next) {
        double[] nextNorms = squaredNorms(next);
        boolean allUnit = true;
        for (int c = 0; c < k; c++) {
            allUnit &= centreNorms[c] > 0 && nextNorms[c] > 0;
        }
        moves = new double[k];
        largestMove = 0;
        secondMove = 0;
        fastest = -1;
        for (int c = 0; c < k; c++) {
            double s = 0;
            for (int j = 0; j < d; j++) {
                double diff = next[c * d + j] - centres[c * d + j];
                s += diff * diff;
            }
            moves[c] = Math.sqrt(s);
            if (moves[c] > largestMove) {
                secondMove = largestMove;
                largestMove = moves[c];
                fastest = c;
            } else if (moves[c] > secondMove) {
                secondMove = moves[c];
            }
        }
        halfGaps = new double[k];
        Arrays.fill(halfGaps, Double.MAX_VALUE);
        for (int a = 0; a < k; a++) {
            for (int b = a + 1; b < k; b++) {
                double gap = Math.sqrt(Math.max(0, nextNorms[a] + nextNorms[b] - 2 * dot(next, a * d, next, b * d)));
                halfGaps[a] = Math.min(halfGaps[a], gap / 2);
                halfGaps[b] = Math.min(halfGaps[b], gap / 2);
            }
        }
        // a zero centre is at distance 1 from every row but at similarity 0, like an orthogonal unit centre at
        // distance sqrt(2): distances then no longer order like similarities, so every row is compared in full
        boundsValid = allUnit && !emptyGroupFilled;
        emptyGroupFilled = false;
        centres = next;
        centreNorms = nextNorms;
    }

    private double[] squaredNorms(double[] byCentre) {
        double[] out = new double[k];
        for (int c = 0; c < k; c++) {
            out[c] = dot(byCentre, c * d, byCentre, c * d);
        }
        return out;
    }

    private double dot(double[] a, int aFrom, double[] b, int bFrom) {
        double s = 0;
        for (int j = 0; j < d; j++) {
            s += a[aFrom + j] * b[bFrom + j];
        }
        return s;
    }

    /** Turns a rows x cols row-major matrix into its cols x rows transpose. */
    static double[] transpose(double[] matrix, int rows, int cols) {
        double[] out = new double[rows * cols];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                out[c * rows + r] = matrix[r * cols + c];
            }
        }
        return out;
    }
}
