package org.civicthemes.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.civicthemes.progress.CancellationToken;
import org.civicthemes.progress.ProgressListener;
import org.junit.jupiter.api.Test;

class RandomizedSvdTest {

    /** A = U diag(s) W^T with orthonormal U (n x r) and W (m x r), every entry stored in sparse rows. */
    private static SparseRows lowRank(int n, int m, double[] s, long seed) {
        Random random = new Random(seed);
        double[][] u = orthonormal(n, s.length, random);
        double[][] w = orthonormal(m, s.length, random);
        int[] starts = new int[n + 1];
        int[] index = new int[n * m];
        float[] value = new float[n * m];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                double a = 0;
                for (int c = 0; c < s.length; c++) {
                    a += u[i][c] * s[c] * w[j][c];
                }
                index[i * m + j] = j;
                value[i * m + j] = (float) a;
            }
            starts[i + 1] = (i + 1) * m;
        }
        return new SparseRows(m, starts, index, value);
    }

    private static double[][] orthonormal(int rows, int cols, Random random) {
        double[] x = new double[rows * cols];
        for (int i = 0; i < x.length; i++) {
            x[i] = random.nextGaussian();
        }
        RandomizedSvd.orthonormalize(x, rows, cols, org.civicthemes.progress.CancellationToken.NEVER);
        double[][] out = new double[rows][cols];
        for (int i = 0; i < rows; i++) {
            for (int c = 0; c < cols; c++) {
                out[i][c] = x[i * cols + c];
            }
        }
        return out;
    }

    @Test
    void findsTheSingularValuesOfALowRankMatrix() {
        SparseRows a = lowRank(80, 50, new double[] {9, 4, 1.5}, 1);
        RandomizedSvd.Result svd = RandomizedSvd.fit(a, 5, 7, ProgressListener.NONE, CancellationToken.NEVER);
        assertThat(svd.singularValues()).hasSize(5);
        assertThat(svd.singularValues()[0]).isCloseTo(9, within(1e-4));
        assertThat(svd.singularValues()[1]).isCloseTo(4, within(1e-4));
        assertThat(svd.singularValues()[2]).isCloseTo(1.5, within(1e-4));
        assertThat(svd.singularValues()[3]).isLessThan(1e-3);
    }

    @Test
    void projectingOnTheComponentsReconstructsTheMatrix() {
        SparseRows a = lowRank(60, 40, new double[] {5, 3, 2}, 2);
        RandomizedSvd.Result svd = RandomizedSvd.fit(a, 3, 11, ProgressListener.NONE, CancellationToken.NEVER);
        int d = svd.dimensions();
        double[] v = svd.components();
        double worst = 0;
        for (int i = 0; i < a.size(); i++) {
            double[] row = new double[a.dimensions()];
            a.addTo(i, 1, row, 0);
            double[] coords = new double[d];
            for (int j = 0; j < row.length; j++) {
                for (int c = 0; c < d; c++) {
                    coords[c] += row[j] * v[j * d + c];
                }
            }
            for (int j = 0; j < row.length; j++) {
                double back = 0;
                for (int c = 0; c < d; c++) {
                    back += coords[c] * v[j * d + c];
                }
                worst = Math.max(worst, Math.abs(back - row[j]));
            }
        }
        assertThat(worst).isLessThan(1e-5);
    }

    @Test
    void componentsAreOrthonormal() {
        SparseRows a = lowRank(70, 30, new double[] {6, 5, 4, 3, 2, 1}, 3);
        RandomizedSvd.Result svd = RandomizedSvd.fit(a, 6, 5, ProgressListener.NONE, CancellationToken.NEVER);
        int d = svd.dimensions();
        for (int p = 0; p < d; p++) {
            for (int q = 0; q < d; q++) {
                double dot = 0;
                for (int j = 0; j < a.dimensions(); j++) {
                    dot += svd.components()[j * d + p] * svd.components()[j * d + q];
                }
                assertThat(dot).isCloseTo(p == q ? 1 : 0, within(1e-8));
            }
        }
    }

    @Test
    void sameSeedSameComponents() {
        SparseRows a = lowRank(40, 20, new double[] {3, 2}, 4);
        RandomizedSvd.Result one = RandomizedSvd.fit(a, 2, 9, ProgressListener.NONE, CancellationToken.NEVER);
        RandomizedSvd.Result two = RandomizedSvd.fit(a, 2, 9, ProgressListener.NONE, CancellationToken.NEVER);
        assertThat(one.components()).containsExactly(two.components());
    }

    @Test
    void crossProductIsXTransposeZ() {
        Random random = new Random(5);
        int m = 4 * 600 + 3; // whole chunks of rows, blocks of four and a tail of three
        int l = 7;
        double[] x = new double[m * l];
        double[] z = new double[m * l];
        for (int i = 0; i < x.length; i++) {
            x[i] = random.nextGaussian();
            z[i] = random.nextGaussian();
        }
        double[][] xz = RandomizedSvd.crossProduct(x, z, m, l, CancellationToken.NEVER);
        double[][] xx = RandomizedSvd.crossProduct(x, x, m, l, CancellationToken.NEVER);
        for (int p = 0; p < l; p++) {
            for (int q = 0; q < l; q++) {
                double expectedXz = 0;
                double expectedXx = 0;
                for (int j = 0; j < m; j++) {
                    expectedXz += x[j * l + p] * z[j * l + q];
                    expectedXx += x[j * l + p] * x[j * l + q];
                }
                assertThat(xz[p][q]).isCloseTo(expectedXz, within(1e-9 * m));
                assertThat(xx[p][q]).isCloseTo(expectedXx, within(1e-9 * m));
                assertThat(xx[p][q]).isEqualTo(xx[q][p]);
            }
        }
        assertThat(xz[0][1]).isNotEqualTo(xz[1][0]);
    }

    @Test
    void eigenDecompositionOfASmallSymmetricMatrix() {
        double[][] m = {{4, 1, 0}, {1, 3, 1}, {0, 1, 2}};
        SymmetricEigen.Result e = SymmetricEigen.decompose(m);
        List<Double> values = new ArrayList<>();
        for (double x : e.values()) {
            values.add(x);
        }
        assertThat(values).isSortedAccordingTo((x, y) -> Double.compare(y, x));
        for (int c = 0; c < 3; c++) {
            for (int i = 0; i < 3; i++) {
                double mv = 0;
                for (int j = 0; j < 3; j++) {
                    mv += m[i][j] * e.vectors()[j][c];
                }
                assertThat(mv).isCloseTo(e.values()[c] * e.vectors()[i][c], within(1e-10));
            }
        }
        assertThat(e.values()[0] + e.values()[1] + e.values()[2]).isCloseTo(9, within(1e-10));
    }
}
