package org.civicthemes.analysis;

/**
 * The chi-square distribution's upper tail, through the regularized incomplete gamma function (series for small
 * x, continued fraction otherwise; Lanczos log-gamma), accurate to about 1e-10, enough to judge a profile.
 */
final class ChiSquare {

    private static final int MAX_ITERATIONS = 500;
    private static final double EPSILON = 1e-14;
    private static final double[] LANCZOS = {76.18009172947146, -86.50532032941677, 24.01409824083091,
        -1.231739572450155, 0.1208650973866179e-2, -0.5395239384953e-5};

    private ChiSquare() {
    }

    /** P(X >= statistic) for X chi-square distributed with {@code degrees} degrees of freedom. */
    static double upperTail(double statistic, int degrees) {
        if (degrees < 1) {
            throw new IllegalArgumentException("degrees of freedom must be at least 1: " + degrees);
        }
        if (statistic <= 0) {
            return 1;
        }
        return upperRegularizedGamma(degrees / 2.0, statistic / 2.0);
    }

    static double upperRegularizedGamma(double a, double x) {
        if (x < a + 1) {
            return 1 - lowerSeries(a, x);
        }
        return upperContinuedFraction(a, x);
    }

    private static double lowerSeries(double a, double x) {
        double term = 1 / a;
        double sum = term;
        for (int n = 1; n < MAX_ITERATIONS; n++) {
            term *= x / (a + n);
            sum += term;
            if (Math.abs(term) < Math.abs(sum) * EPSILON) {
                break;
            }
        }
        return sum * Math.exp(-x + a * Math.log(x) - logGamma(a));
    }

    private static double upperContinuedFraction(double a, double x) {
        double tiny = 1e-300;
        double b = x + 1 - a;
        double c = 1 / tiny;
        double d = 1 / b;
        double h = d;
        for (int i = 1; i < MAX_ITERATIONS; i++) {
            double an = -i * (i - a);
            b += 2;
            d = an * d + b;
            d = Math.abs(d) < tiny ? tiny : d;
            c = b + an / c;
            c = Math.abs(c) < tiny ? tiny : c;
            d = 1 / d;
            double delta = d * c;
            h *= delta;
            if (Math.abs(delta - 1) < EPSILON) {
                break;
            }
        }
        return Math.exp(-x + a * Math.log(x) - logGamma(a)) * h;
    }

    static double logGamma(double x) {
        double y = x;
        double tmp = x + 5.5;
        tmp -= (x + 0.5) * Math.log(tmp);
        double ser = 1.000000000190015;
        for (double c : LANCZOS) {
            ser += c / ++y;
        }
        return -tmp + Math.log(2.5066282746310005 * ser / x);
    }
}
