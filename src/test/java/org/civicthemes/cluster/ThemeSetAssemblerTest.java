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
}
