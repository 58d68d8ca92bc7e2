package org.civicthemes.analysis;

/**
 * Binomial tail probabilities through the regularized incomplete beta function (continued fraction, the
 * log-gamma of {@link ChiSquare}), accurate to about 1e-10 relative, also far out in the tails.
 */
final class Binomial {

    private static final int MAX_ITERATIONS = 500;
    private static final double EPSILON = 1e-15;
    private static final double TINY = 1e-300;

    private Binomial() {
    }

    /** P(X >= k) for X binomial with {@code n} trials of chance {@code p}. */
    static double atLeast(long k, long n, double p) {
        check(n, p);
        if (k <= 0) {
            return 1;
        }
        if (k > n) {
            return 0;
        }
        return regularizedBeta(p, k, n - k + 1.0);
    }

    /** P(X <= k) for X binomial with {@code n} trials of chance {@code p}. */
    static double atMost(long k, long n, double p) {
        check(n, p);
        if (k < 0) {
            return 0;
        }
        if (k >= n) {
            return 1;
        }
        return regularizedBeta(1 - p, n - k, k + 1.0);
    }

    private static void check(long n, double p) {
        if (n < 0 || !(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("Not a binomial: n=" + n + ", p=" + p);
        }
    }

    /** I_x(a, b), the regularized incomplete beta function. */
    static double regularizedBeta(double x, double a, double b) {
        if (x <= 0) {
            return 0;
        }
        if (x >= 1) {
            return 1;
        }
        double logFront = ChiSquare.logGamma(a + b) - ChiSquare.logGamma(a) - ChiSquare.logGamma(b)
                + a * Math.log(x) + b * Math.log1p(-x);
        if (x < (a + 1) / (a + b + 2)) {
            return Math.exp(logFront) * continuedFraction(x, a, b) / a;
        }
        return 1 - Math.exp(logFront) * continuedFraction(1 - x, b, a) / b;
    }

    private static double continuedFraction(double x, double a, double b) {
        double c = 1;
        double d = 1 - (a + b) * x / (a + 1);
        d = 1 / (Math.abs(d) < TINY ? TINY : d);
        double h = d;
        for (int m = 1; m <= MAX_ITERATIONS; m++) {
            int m2 = 2 * m;
            double even = m * (b - m) * x / ((a + m2 - 1) * (a + m2));
            d = 1 + even * d;
            d = 1 / (Math.abs(d) < TINY ? TINY : d);
            c = 1 + even / c;
            c = Math.abs(c) < TINY ? TINY : c;
            h *= d * c;
            double odd = -(a + m) * (a + b + m) * x / ((a + m2) * (a + m2 + 1));
            d = 1 + odd * d;
            d = 1 / (Math.abs(d) < TINY ? TINY : d);
            c = 1 + odd / c;
            c = Math.abs(c) < TINY ? TINY : c;
            double delta = d * c;
            h *= delta;
            if (Math.abs(delta - 1) < EPSILON) {
                break;
            }
        }
        return h;
    }
}
