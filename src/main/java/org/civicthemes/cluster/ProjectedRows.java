package org.civicthemes.cluster;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.civicthemes.progress.CancellationToken;

/**
 * Documents after latent semantic analysis, kept implicit: row i is {@code a_i V / |a_i V|} for its TF-IDF row
 * {@code a_i} and the m x d right singular vectors V, but only the sparse TF-IDF rows, V and one length per row are
 * held. A million short documents then take a few megabytes here instead of n x d floats (400 MB at d = 100), and
 * comparing a row with k centres costs one pass over its few non-zeros against {@code V C^T} (m x k, computed once
 * per set of centres): about (non-zeros x k) products instead of d x k. Immutable once built.
 */
final class ProjectedRows implements Rows {

    /** A projection shorter than this (squared) counts as zero: the document's terms carry no retained direction. */
    static final double ZERO = 1e-20;

    private final SparseRows tfidf;
    private final double[] v;
    private final int d;
    private final double[] inverseNorms;

    private ProjectedRows(SparseRows tfidf, double[] v, int d, double[] inverseNorms) {
        this.tfidf = tfidf;
        this.v = v;
        this.d = d;
        this.inverseNorms = inverseNorms;
    }

    /** @param v the singular vectors, term-major: {@code v[term * d + c]} */
    static ProjectedRows of(SparseRows tfidf, double[] v, int d, CancellationToken cancel) {
        int n = tfidf.size();
        double[] inverseNorms = new double[n];
        Chunks.forEach(n, cancel, (chunk, from, to) -> {
            double[] row = new double[d];
            for (int i = from; i < to; i++) {
                project(tfidf, v, d, i, row);
                double norm = 0;
                for (int c = 0; c < d; c++) {
                    norm += row[c] * row[c];
                }
                inverseNorms[i] = norm > ZERO ? 1 / Math.sqrt(norm) : 0;
            }
        });
        return new ProjectedRows(tfidf, v, d, inverseNorms);
    }

    /** {@code a_i V}, not normalized, into {@code row}. */
    private static void project(SparseRows tfidf, double[] v, int d, int i, double[] row) {
        Arrays.fill(row, 0);
        for (int e = tfidf.start(i); e < tfidf.end(i); e++) {
            double x = tfidf.value(e);
            int b = tfidf.index(e) * d;
            for (int c = 0; c < d; c++) {
                row[c] += x * v[b + c];
            }
        }
    }

    @Override
    public int size() {
        return tfidf.size();
    }

    @Override
    public int dimensions() {
        return d;
    }

    /**
     * {@code W = V C^T}, term-major (the k values of a term side by side), small blocks of terms spread over the
     * cores.
     */
    @Override
    public CentreBlock centres(double[] byCentre, int k) {
        int m = tfidf.dimensions();
        double[] w = new double[m * k];
        Chunks.forEach(m, Chunks.SMALL, CancellationToken.NEVER, (chunk, from, to) -> {
            for (int t = from; t < to; t++) {
                termTimesCentres(v, t * d, d, byCentre, k, w, t * k);
            }
        });
        return new Block(w, k);
    }

    /**
     * {@code out[outFrom + c]} = the dot product of {@code v[from..from+d)} with centre c, four centres at a time (each
     * value of v read once for four products, four sums side by side: about twice as fast as one at a time).
     */
    private static void termTimesCentres(double[] v, int from, int d, double[] byCentre, int k, double[] out,
                                         int outFrom) {
        int c = 0;
        for (; c + 3 < k; c += 4) {
            int o0 = c * d;
            int o1 = o0 + d;
            int o2 = o1 + d;
            int o3 = o2 + d;
            double s0 = 0;
            double s1 = 0;
            double s2 = 0;
            double s3 = 0;
            for (int j = 0; j < d; j++) {
                double x = v[from + j];
                s0 += x * byCentre[o0 + j];
                s1 += x * byCentre[o1 + j];
                s2 += x * byCentre[o2 + j];
                s3 += x * byCentre[o3 + j];
            }
            out[outFrom + c] = s0;
            out[outFrom + c + 1] = s1;
            out[outFrom + c + 2] = s2;
            out[outFrom + c + 3] = s3;
        }
        for (; c < k; c++) {
            double s = 0;
            int o = c * d;
            for (int j = 0; j < d; j++) {
                s += v[from + j] * byCentre[o + j];
            }
            out[outFrom + c] = s;
        }
    }

    /** Centres multiplied into term space: a row's similarities are its non-zeros times their rows of W. */
    private final class Block implements CentreBlock {

        private final double[] w;
        private final int k;

        Block(double[] w, int k) {
            this.w = w;
            this.k = k;
        }

        @Override
        public void similarities(int row, double[] out) {
            Arrays.fill(out, 0, k, 0);
            for (int e = tfidf.start(row); e < tfidf.end(row); e++) {
                double x = tfidf.value(e);
                int base = tfidf.index(e) * k;
                for (int c = 0; c < k; c++) {
                    out[c] += x * w[base + c];
                }
            }
            double scale = inverseNorms[row];
            for (int c = 0; c < k; c++) {
                out[c] *= scale;
            }
        }

        @Override
        public double similarity(int row, int c) {
            double s = 0;
            for (int e = tfidf.start(row); e < tfidf.end(row); e++) {
                s += tfidf.value(e) * w[tfidf.index(e) * k + c];
            }
            return s * inverseNorms[row];
        }
    }

    @Override
    public double squaredNorm(int row) {
        return inverseNorms[row] > 0 ? 1 : 0;
    }

    @Override
    public void addTo(int row, double scale, double[] target, int offset) {
        double[] p = new double[d];
        project(tfidf, v, d, row, p);
        double s = scale * inverseNorms[row];
        for (int c = 0; c < d; c++) {
            target[offset + c] += s * p[c];
        }
    }

    /**
     * Sums each group's normalized TF-IDF rows in term space (row order), then multiplies the k x m sums by V, one
     * group per task: the sum of the projections is the projection of the sum.
     */
    @Override
    public double[] groupSums(int[] labels, int k, CancellationToken cancel) {
        int m = tfidf.dimensions();
        double[] termSums = new double[k * m];
        for (int i = 0; i < size(); i++) {
            if ((i & 65535) == 0) {
                cancel.throwIfCancelled();
            }
            int c = labels[i];
            if (c < 0 || c >= k) {
                continue;
            }
            double scale = inverseNorms[i];
            int base = c * m;
            for (int e = tfidf.start(i); e < tfidf.end(i); e++) {
                termSums[base + tfidf.index(e)] += scale * tfidf.value(e);
            }
        }
        double[] sums = new double[k * d];
        IntStream.range(0, k).parallel().forEach(c -> {
            int base = c * m;
            int out = c * d;
            for (int t = 0; t < m; t++) {
                double g = termSums[base + t];
                if (g != 0) {
                    int b = t * d;
                    for (int j = 0; j < d; j++) {
                        sums[out + j] += g * v[b + j];
                    }
                }
            }
        });
        return sums;
    }

    /** The rows as n x d floats (for documents with more non-zeros than dimensions). */
    DenseRows materialize(CancellationToken cancel) {
        int n = size();
        float[] out = new float[n * d];
        Chunks.forEach(n, cancel, (chunk, from, to) -> {
            double[] row = new double[d];
            for (int i = from; i < to; i++) {
                project(tfidf, v, d, i, row);
                for (int c = 0; c < d; c++) {
                    out[i * d + c] = (float) (row[c] * inverseNorms[i]);
                }
            }
        });
        return new DenseRows(n, d, out);
    }

    @Override
    public boolean isZero(int row) {
        return inverseNorms[row] == 0;
    }

    @Override
    public ProjectedRows select(int[] rows) {
        double[] norms = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            norms[i] = inverseNorms[rows[i]];
        }
        return new ProjectedRows(tfidf.select(rows), v, d, norms);
    }
}
