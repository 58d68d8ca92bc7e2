package org.civicthemes.cluster;

import java.util.Random;
import java.util.stream.IntStream;
import org.civicthemes.progress.CancellationToken;
import org.civicthemes.progress.ProgressListener;

/**
 * Truncated SVD of a sparse document-term matrix A by randomized subspace iteration (Halko, Martinsson and Tropp
 * 2011, algorithms 4.4 and 5.1), pure Java. It finds the top right singular vectors V, which is all latent semantic
 * analysis needs (the documents are then A V). A seeded Gaussian block is multiplied by A^T A a few times with
 * re-orthonormalization in between (each multiplication is one power iteration), then the small l x l matrix
 * Q^T A^T A Q is diagonalized. A^T (A X) is computed one document at a time, so no n x l matrix is ever held:
 * memory is a few m x l blocks for m terms.
 */
final class RandomizedSvd {

    static final int OVERSAMPLING = 10;
    static final int POWER_ITERATIONS = 2;

    /**
     * @param singularValues the top singular values, decreasing
     * @param components     V, m x d, row-major: {@code components[term * d + c]}
     * @param dimensions     d
     */
    record Result(double[] singularValues, double[] components, int dimensions) {
    }

    private RandomizedSvd() {
    }

    static Result fit(SparseRows a, int dimensions, long seed, ProgressListener progress, CancellationToken cancel) {
        int m = a.dimensions();
        int d = Math.min(dimensions, Math.min(m, a.size()));
        int l = Math.min(d + OVERSAMPLING, Math.min(m, a.size()));
        if (d <= 0) {
            return new Result(new double[0], new double[0], 0);
        }
        Random random = new Random(seed);
        double[] x = new double[m * l];
        for (int i = 0; i < x.length; i++) {
            x[i] = random.nextGaussian();
        }
        orthonormalize(x, m, l, cancel);
        int steps = POWER_ITERATIONS + 2;
        for (int it = 0; it <= POWER_ITERATIONS; it++) {
            progress.update("Reducing dimensions", it, steps);
            x = gram(a, x, l, cancel);
            orthonormalize(x, m, l, cancel);
        }
        progress.update("Reducing dimensions", steps - 1, steps);
        double[] z = gram(a, x, l, cancel);
        double[][] s = crossProduct(x, z, m, l, cancel);
        for (int p = 0; p < l; p++) {
            for (int q = p + 1; q < l; q++) {
                double avg = (s[p][q] + s[q][p]) / 2;
                s[p][q] = avg;
                s[q][p] = avg;
            }
        }
        SymmetricEigen.Result eig = SymmetricEigen.decompose(s);
        double[] v = new double[m * d];
        double[][] e = eig.vectors();
        double[] basis = x;
        Chunks.forEach(m, Chunks.SMALL, cancel, (chunk, from, to) -> {
            for (int j = from; j < to; j++) {
                rowTimes(basis, j * l, l, e, d, v, j * d);
            }
        });
        double[] sigma = new double[d];
        for (int c = 0; c < d; c++) {
            sigma[c] = Math.sqrt(Math.max(0, eig.values()[c]));
        }
        progress.update("Reducing dimensions", steps, steps);
        return new Result(sigma, v, d);
    }

    /**
     * A^T (A X) for X of m x l (row-major), one document at a time. The rows are split into a fixed number of
     * stripes, each with its own accumulator, summed in stripe order: the result does not depend on threads.
     */
    static double[] gram(SparseRows a, double[] x, int l, CancellationToken cancel) {
        int m = a.dimensions();
        int n = a.size();
        long block = (long) m * l;
        int stripes = block <= 4_000_000L ? 4 : 2;
        double[][] parts = new double[stripes][];
        IntStream.range(0, stripes).parallel().forEach(st -> {
            double[] z = new double[m * l];
            double[] y = new double[l];
            int from = (int) ((long) n * st / stripes);
            int to = (int) ((long) n * (st + 1) / stripes);
            for (int i = from; i < to; i++) {
                if ((i & 4095) == 0) {
                    cancel.throwIfCancelled();
                }
                gramRow(a, i, x, l, y, z);
            }
            parts[st] = z;
        });
        double[] z = parts[0];
        for (int st = 1; st < stripes; st++) {
            double[] p = parts[st];
            for (int i = 0; i < z.length; i++) {
                z[i] += p[i];
            }
        }
        return z;
    }

    /**
     * X^T Z for two m x l row-major matrices, summed over fixed row chunks in chunk order. When X and Z are the same
     * matrix only the upper triangle is summed and then mirrored (half the work: the Gram matrix of Cholesky QR).
     */
    static double[][] crossProduct(double[] x, double[] z, int m, int l, CancellationToken cancel) {
        boolean symmetric = x == z;
        double[][][] parts = new double[Chunks.count(m)][][];
        Chunks.forEach(m, cancel, (chunk, from, to) -> {
            double[][] part = new double[l][l];
            int j = from;
            for (; j + 4 <= to; j += 4) {
                addOuterOfFour(x, z, j * l, l, part, symmetric);
            }
            for (; j < to; j++) {
                addOuter(x, z, j * l, l, part, symmetric);
            }
            parts[chunk] = part;
        });
        double[][] s = new double[l][l];
        for (double[][] part : parts) {
            for (int p = 0; p < l; p++) {
                for (int q = symmetric ? p : 0; q < l; q++) {
                    s[p][q] += part[p][q];
                }
            }
        }
        if (symmetric) {
            for (int p = 0; p < l; p++) {
                for (int q = p + 1; q < l; q++) {
                    s[q][p] = s[p][q];
                }
            }
        }
        return s;
    }

    /**
     * Orthonormalizes the l columns of an m x l row-major matrix in place: Cholesky QR (two parallel passes over the
     * rows; its loss of orthogonality, about cond(X)^2 times the machine epsilon, is far below what LSA needs for the
     * condition numbers met here), or modified Gram-Schmidt when the columns are too close to dependent for it.
     */
    static void orthonormalize(double[] x, int m, int l, CancellationToken cancel) {
        double[] copy = x.clone();
        if (!choleskyQr(x, m, l, cancel)) {
            System.arraycopy(copy, 0, x, 0, x.length);
            gramSchmidt(x, m, l);
        }
    }

    /** X = X R^-1 where R^T R = X^T X; false (X then undefined) when X^T X is not safely positive definite. */
    private static boolean choleskyQr(double[] x, int m, int l, CancellationToken cancel) {
        double[][] g = crossProduct(x, x, m, l, cancel);
        double largest = 0;
        for (int p = 0; p < l; p++) {
            largest = Math.max(largest, g[p][p]);
        }
        double[][] r = new double[l][l];
        for (int p = 0; p < l; p++) {
            double diag = g[p][p];
            for (int t = 0; t < p; t++) {
                diag -= r[t][p] * r[t][p];
            }
            if (!(diag > 1e-10 * largest)) {
                return false;
            }
            r[p][p] = Math.sqrt(diag);
            for (int q = p + 1; q < l; q++) {
                double v = g[p][q];
                for (int t = 0; t < p; t++) {
                    v -= r[t][p] * r[t][q];
                }
                r[p][q] = v / r[p][p];
            }
        }
        double[][] inverse = new double[l][l];
        for (int c = l - 1; c >= 0; c--) {
            inverse[c][c] = 1 / r[c][c];
            for (int q = c + 1; q < l; q++) {
                double v = 0;
                for (int t = c + 1; t <= q; t++) {
                    v += r[c][t] * inverse[t][q];
                }
                inverse[c][q] = -v / r[c][c];
            }
        }
        Chunks.forEach(m, Chunks.SMALL, cancel, (chunk, from, to) -> {
            double[] out = new double[l];
            for (int j = from; j < to; j++) {
                timesUpperTriangle(x, j * l, l, inverse, out);
            }
        });
        return true;
    }

    // The per-row steps below are small methods on purpose: called once per row, they are compiled after a few
    // hundred rows, where one long loop would run interpreted until on-stack replacement (most of a 20,000-row run).

    /** {@code out[outFrom + c] += sum over p of x[from + p] * e[p][c]} for c below d. */
    private static void rowTimes(double[] x, int from, int l, double[][] e, int d, double[] out, int outFrom) {
        for (int p = 0; p < l; p++) {
            double xp = x[from + p];
            if (xp != 0) {
                double[] row = e[p];
                for (int c = 0; c < d; c++) {
                    out[outFrom + c] += xp * row[c];
                }
            }
        }
    }

    /** Adds {@code a_i^T (a_i X)} to z, with y as scratch for {@code a_i X}. */
    private static void gramRow(SparseRows a, int i, double[] x, int l, double[] y, double[] z) {
        java.util.Arrays.fill(y, 0);
        int end = a.end(i);
        for (int e = a.start(i); e < end; e++) {
            double v = a.value(e);
            int b = a.index(e) * l;
            for (int c = 0; c < l; c++) {
                y[c] += v * x[b + c];
            }
        }
        for (int e = a.start(i); e < end; e++) {
            double v = a.value(e);
            int b = a.index(e) * l;
            for (int c = 0; c < l; c++) {
                z[b + c] += v * y[c];
            }
        }
    }

    /**
     * Adds the outer product of row {@code b} of x and of z (l values each) to part; only its upper triangle when
     * {@code upperOnly}.
     */
    private static void addOuter(double[] x, double[] z, int b, int l, double[][] part, boolean upperOnly) {
        for (int p = 0; p < l; p++) {
            double xp = x[b + p];
            double[] row = part[p];
            for (int q = upperOnly ? p : 0; q < l; q++) {
                row[q] += xp * z[b + q];
            }
        }
    }

    /**
     * {@link #addOuter} for the four rows from {@code b}: each entry of part is read and written once for the four,
     * not four times, which is what bounds this step (part is l x l, too large for the first-level cache).
     */
    private static void addOuterOfFour(double[] x, double[] z, int b, int l, double[][] part, boolean upperOnly) {
        int b1 = b + l;
        int b2 = b1 + l;
        int b3 = b2 + l;
        for (int p = 0; p < l; p++) {
            double x0 = x[b + p];
            double x1 = x[b1 + p];
            double x2 = x[b2 + p];
            double x3 = x[b3 + p];
            double[] row = part[p];
            for (int q = upperOnly ? p : 0; q < l; q++) {
                row[q] += x0 * z[b + q] + x1 * z[b1 + q] + x2 * z[b2 + q] + x3 * z[b3 + q];
            }
        }
    }

    /** Replaces row {@code b} of x (l values) by itself times an upper-triangular l x l matrix. */
    private static void timesUpperTriangle(double[] x, int b, int l, double[][] upper, double[] out) {
        java.util.Arrays.fill(out, 0);
        for (int p = 0; p < l; p++) {
            double xp = x[b + p];
            double[] row = upper[p];
            for (int c = p; c < l; c++) {
                out[c] += xp * row[c];
            }
        }
        System.arraycopy(out, 0, x, b, l);
    }

    /**
     * Modified Gram-Schmidt, twice, on the l columns of an m x l row-major matrix, in place. A column that
     * vanishes (the matrix has lower rank) becomes zero.
     */
    static void gramSchmidt(double[] x, int m, int l) {
        double[][] cols = new double[l][m];
        for (int j = 0; j < m; j++) {
            for (int c = 0; c < l; c++) {
                cols[c][j] = x[j * l + c];
            }
        }
        for (int c = 0; c < l; c++) {
            double[] col = cols[c];
            double before = Math.sqrt(dot(col, col));
            for (int pass = 0; pass < 2; pass++) {
                for (int p = 0; p < c; p++) {
                    double r = dot(cols[p], col);
                    if (r != 0) {
                        double[] q = cols[p];
                        for (int j = 0; j < m; j++) {
                            col[j] -= r * q[j];
                        }
                    }
                }
            }
            double norm = Math.sqrt(dot(col, col));
            if (norm <= 1e-10 * before || norm == 0) {
                java.util.Arrays.fill(col, 0);
            } else {
                for (int j = 0; j < m; j++) {
                    col[j] /= norm;
                }
            }
        }
        for (int j = 0; j < m; j++) {
            for (int c = 0; c < l; c++) {
                x[j * l + c] = cols[c][j];
            }
        }
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}
