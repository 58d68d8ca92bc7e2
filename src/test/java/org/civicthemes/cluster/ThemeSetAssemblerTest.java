package org.civicthemes.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ThemeSetAssemblerTest {

    @Test
    void mostSimilarMembersAreTheHeadOfAFullSort() {
        Random random = new Random(4);
        double[] similarities = new double[500];
        for (int i = 0; i < similarities.length; i++) {
            similarities[i] = random.nextInt(40) / 40.0; // many ties
        }
        int[] members = IntStream.range(0, similarities.length).filter(i -> i % 3 != 0).toArray();
        for (int count : new int[] {0, 1, 5, 12, members.length, members.length + 3}) {
            int[] expected = IntStream.of(members).boxed()
                    .sorted(Comparator.comparingDouble((Integer i) -> -similarities[i]).thenComparingInt(i -> i))
                    .limit(count).mapToInt(Integer::intValue).toArray();
            assertThat(ThemeSetAssembler.mostSimilar(members, similarities, count)).containsExactly(expected);
        }
        assertThat(ThemeSetAssembler.mostSimilar(new int[0], similarities, 5)).isEmpty();
    }

    @Test
    void representativesComeFromTheBestTierFirstThenTheNext() {
        // members 0..5; 1 and 4 are one-word texts nearest the centre, 2 was grouped by its words alone
        double[] similarities = {0.60, 0.99, 0.95, 0.70, 0.98, 0.65};
        int[] tier = {0, 2, 1, 0, 2, 0};
        int[] members = {0, 1, 2, 3, 4, 5};
        assertThat(ThemeSetAssembler.representatives(members, tier, similarities, 3)).containsExactly(3, 5, 0);
        assertThat(ThemeSetAssembler.representatives(members, tier, similarities, 5)).containsExactly(3, 5, 0, 2, 1);
        assertThat(ThemeSetAssembler.representatives(members, tier, similarities, 9)).containsExactly(3, 5, 0, 2, 1, 4);
        assertThat(ThemeSetAssembler.representatives(new int[] {1, 4}, tier, similarities, 1)).containsExactly(1);
    }

    @Test
    void aRepresentativeThatRepeatsAnEarlierOneWordForWordGoesLast() {
        // rows 0 and 1 hold the same terms, row 2 others, row 3 the same as 2
        SparseRows rows = new SparseRows(5, new int[] {0, 2, 4, 5, 6}, new int[] {0, 3, 0, 3, 4, 4},
                new float[] {0.6f, 0.8f, 0.6f, 0.8f, 1f, 1f});
        assertThat(ThemeSetAssembler.distinctFirst(new int[] {0, 1, 2, 3}, rows, 2)).containsExactly(0, 2);
        assertThat(ThemeSetAssembler.distinctFirst(new int[] {0, 1, 2, 3}, rows, 3)).containsExactly(0, 2, 1);
        assertThat(ThemeSetAssembler.distinctFirst(new int[] {1, 0}, rows, 5)).containsExactly(1, 0);
    }
}
