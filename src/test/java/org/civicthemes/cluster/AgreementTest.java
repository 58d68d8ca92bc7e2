package org.civicthemes.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;
import smile.validation.metric.AdjustedRandIndex;
import smile.validation.metric.NormalizedMutualInformation;

class AgreementTest {

    @Test
    void identicalAndRenamedLabelingsAgreeFully() {
        int[] a = {0, 0, 1, 1, 2, 2, 2};
        int[] renamed = {5, 5, -1, -1, 9, 9, 9};
        assertThat(Agreement.adjustedRandIndex(a, a)).isEqualTo(1.0);
        assertThat(Agreement.adjustedRandIndex(a, renamed)).isCloseTo(1.0, within(1e-12));
        assertThat(Agreement.normalizedMutualInformation(a, renamed)).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void knownValue() {
        // scikit-learn: adjusted_rand_score([0,0,1,1],[0,0,1,2]) = 0.5714285714285715
        assertThat(Agreement.adjustedRandIndex(new int[] {0, 0, 1, 1}, new int[] {0, 0, 1, 2}))
                .isCloseTo(0.5714285714285715, within(1e-12));
        // normalized_mutual_info_score([0,0,1,1],[0,0,1,2]) = 0.8
        assertThat(Agreement.normalizedMutualInformation(new int[] {0, 0, 1, 1}, new int[] {0, 0, 1, 2}))
                .isCloseTo(0.8, within(1e-12));
    }

    @Test
    void unrelatedLabelingsScoreNearZero() {
        Random random = new Random(1);
        int[] a = new int[20_000];
        int[] b = new int[20_000];
        for (int i = 0; i < a.length; i++) {
            a[i] = random.nextInt(5);
            b[i] = random.nextInt(5);
        }
        assertThat(Agreement.adjustedRandIndex(a, b)).isCloseTo(0, within(0.01));
        assertThat(Agreement.normalizedMutualInformation(a, b)).isCloseTo(0, within(0.01));
    }

    @Test
    void sameAsSmileOnRandomLabelings() {
        Random random = new Random(2);
        for (int round = 0; round < 20; round++) {
            int n = 50 + random.nextInt(500);
            int[] a = new int[n];
            int[] b = new int[n];
            for (int i = 0; i < n; i++) {
                a[i] = random.nextInt(2 + round % 7);
                b[i] = random.nextBoolean() ? a[i] : random.nextInt(4);
            }
            assertThat(Agreement.adjustedRandIndex(a, b)).isCloseTo(AdjustedRandIndex.of(a, b), within(1e-9));
            assertThat(Agreement.normalizedMutualInformation(a, b))
                    .isCloseTo(NormalizedMutualInformation.sum(a, b), within(1e-9));
        }
    }

    @Test
    void refusesLabelingsOfDifferentLengths() {
        assertThatThrownBy(() -> Agreement.adjustedRandIndex(new int[] {1}, new int[] {1, 2}))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
