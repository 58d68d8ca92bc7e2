package org.civicthemes.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Random;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class FalseDiscoveryTest {

    /** A thousand p-values of tests where nothing is going on: uniform between 0 and 1. */
    private static double[] chanceResults() {
        Random random = new Random(17);
        double[] p = new double[1000];
        for (int i = 0; i < p.length; i++) {
            p[i] = random.nextDouble();
        }
        return p;
    }

    @Test
    void adjustsByRankAndKeepsTheOrder() {
        // sorted: 0.005 (rank 1), 0.01 (2), 0.03 (3), 0.04 (4); p * 4 / rank = 0.02, 0.02, 0.04, 0.04
        double[] q = FalseDiscovery.adjust(new double[] {0.01, 0.04, 0.03, 0.005});

        assertThat(q).containsExactly(new double[] {0.02, 0.04, 0.04, 0.02}, Offset.offset(1e-12));
    }

    @Test
    void aHigherRankWithASmallerProductCapsTheLowerRanks() {
        // sorted 0.1, 0.1333, 0.9: p * m / rank = 0.3, 0.2, 0.9 -> running minimum from the top: 0.2, 0.2, 0.9
        double[] q = FalseDiscovery.adjust(new double[] {0.1, 0.9, 0.1333333333333});

        assertThat(q[0]).isCloseTo(0.2, Offset.offset(1e-9));
        assertThat(q[2]).isCloseTo(0.2, Offset.offset(1e-9));
        assertThat(q[1]).isCloseTo(0.9, Offset.offset(1e-12));
    }

    @Test
    void untestedEntriesStayUntestedAndDoNotCount() {
        double[] q = FalseDiscovery.adjust(new double[] {Double.NaN, 0.01, Double.NaN, 0.02});

        assertThat(q[0]).isNaN();
        assertThat(q[2]).isNaN();
        assertThat(q[1]).isCloseTo(0.02, Offset.offset(1e-12));
        assertThat(q[3]).isCloseTo(0.02, Offset.offset(1e-12));
    }

    @Test
    void aThousandChanceResultsGiveNoFindingThoughSomeHavePBelowOneInAThousand() {
        double[] p = chanceResults();
        p[0] = 0.0004;
        p[1] = 0.0008;

        double[] q = FalseDiscovery.adjust(p);

        assertThat(Arrays.stream(p).filter(v -> v < 0.001).count()).isGreaterThanOrEqualTo(2);
        assertThat(Arrays.stream(q).filter(v -> v < FalseDiscovery.RATE).count()).isZero();
    }

    @Test
    void aRealSignalAmongChanceResultsIsKept() {
        double[] p = chanceResults();
        p[5] = 1e-9;

        assertThat(FalseDiscovery.adjust(p)[5]).isLessThan(FalseDiscovery.RATE);
    }

    @Test
    void refusesWhatIsNotAProbability() {
        assertThatThrownBy(() -> FalseDiscovery.adjust(new double[] {0.5, 1.5}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1.5");
    }
}
