package org.civicthemes.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class KChoiceRangeTest {

    /** The knee scores of the bundled sample, k = 4..30, as `analyze --k auto` wrote them (seed 42). */
    private static final double[] SAMPLE = {0.0, 0.0191, 0.0526, 0.0706, 0.1021, 0.1061, 0.1256, 0.1372, 0.1332, 0.146,
            0.1406, 0.1502, 0.1541, 0.1463, 0.1431, 0.1411, 0.1259, 0.1149, 0.1101, 0.0986, 0.0918, 0.0852, 0.0672,
            0.0403, 0.0296, 0.0184, 0.0};

    private static List<KScore> scores(int firstK, double... values) {
        List<KScore> out = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            out.add(new KScore(firstK + i, values[i]));
        }
        return out;
    }

    @Test
    void theSamplesFlatKneeGivesSevenNumbersNearlyAsGoodAsTheChosenSixteen() {
        KChoiceRange range = KChoiceRange.of(scores(4, SAMPLE)).orElseThrow();

        assertThat(range).isEqualTo(new KChoiceRange(13, 16, 19));
        assertThat(range.describe()).isEqualTo("13 to 19");
        assertThat(range.hasAlternatives()).isTrue();
    }

    @Test
    void aSharpKneeStandsAlone() {
        KChoiceRange range = KChoiceRange.of(scores(2, 0, 0.2, 0.5, 0.2, 0)).orElseThrow();

        assertThat(range).isEqualTo(new KChoiceRange(4, 4, 4));
        assertThat(range.describe()).isEqualTo("4");
        assertThat(range.hasAlternatives()).isFalse();
    }

    @Test
    void theRunStopsAtTheFirstNumberBelowNinetyPercentEvenIfAFartherOneComesClose() {
        assertThat(KChoiceRange.of(scores(5, 0.1, 0.5, 0.46, 0.3, 0.49, 0.1))).contains(new KChoiceRange(6, 6, 7));
    }

    @Test
    void aTieGoesToTheSmallerNumberAsTheEngineChoosesIt() {
        assertThat(KChoiceRange.of(scores(3, 0.4, 0.4, 0.1))).contains(new KChoiceRange(3, 3, 4));
    }

    @Test
    void nothingWhenNoNumberWasTriedOrNoneScoredAboveZero() {
        assertThat(KChoiceRange.of(List.of())).isEmpty();
        assertThat(KChoiceRange.of(scores(4, 0, 0, 0))).isEmpty();
    }

    @Test
    void theChosenNumberLiesInsideItsRange() {
        assertThatThrownBy(() -> new KChoiceRange(5, 4, 6)).isInstanceOf(IllegalArgumentException.class);
    }
}
