package org.civicthemes.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.assertj.core.data.Percentage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BinomialTest {

    /** P(lo <= X <= hi) summed term by term from the probability mass function, in logs. */
    private static double direct(long lo, long hi, long n, double p) {
        double sum = 0;
        for (long i = Math.max(lo, 0); i <= Math.min(hi, n); i++) {
            sum += Math.exp(ChiSquare.logGamma(n + 1.0) - ChiSquare.logGamma(i + 1.0) - ChiSquare.logGamma(n - i + 1.0)
                    + i * Math.log(p) + (n - i) * Math.log1p(-p));
        }
        return sum;
    }

    @ParameterizedTest
    @CsvSource({"0, 10, 0.3", "3, 10, 0.3", "7, 10, 0.3", "10, 10, 0.3", "1, 20, 0.05", "15, 40, 0.14",
        "60, 200, 0.5", "140, 200, 0.5", "65, 65, 0.3333", "5, 300, 0.2", "900, 1000, 0.85"})
    void tailsMatchADirectSum(long k, long n, double p) {
        assertThat(Binomial.atLeast(k, n, p)).isCloseTo(direct(k, n, n, p), Percentage.withPercentage(1e-6));
        assertThat(Binomial.atMost(k, n, p)).isCloseTo(direct(0, k, n, p), Percentage.withPercentage(1e-6));
    }

    @ParameterizedTest
    @CsvSource({"65, 65, 0.3333333333", "1, 1, 0.01"})
    void allSuccessesIsTheChanceToThePowerOfN(long k, long n, double p) {
        assertThat(Binomial.atLeast(k, n, p)).isCloseTo(Math.pow(p, n), Percentage.withPercentage(1e-6));
    }
}
