package org.civicthemes.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.assertj.core.data.Offset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChiSquareTest {

    /** Critical values from the standard chi-square tables. */
    @ParameterizedTest
    @CsvSource({"3.841, 1, 0.05", "6.635, 1, 0.01", "18.307, 10, 0.05", "19.675, 11, 0.05", "31.264, 11, 0.001",
        "42.557, 29, 0.05", "59.703, 30, 0.001", "0.0, 5, 1.0"})
    void matchesTheTables(double statistic, int degrees, double tail) {
        assertThat(ChiSquare.upperTail(statistic, degrees)).isCloseTo(tail, Offset.offset(tail * 0.002 + 1e-12));
    }
}
