package org.civicthemes.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.civicthemes.model.CityFaq;
import org.civicthemes.model.FaqEntry;
import org.junit.jupiter.api.Test;

class FaqCoverageTest {

    private static final CityFaq FAQ = new CityFaq("faq.txt", List.of(
            new FaqEntry("Is there a fee for bulk pickup?", "Four a year are free.", 1),
            new FaqEntry("How do I start or stop water service?", "Call 311.", 3),
            new FaqEntry("Who maintains the trees between the sidewalk and the street?", "", 5)));

    private static FaqCandidate group(String question, String... others) {
        List<String> wordings = new java.util.ArrayList<>(List.of(question));
        wordings.addAll(List.of(others));
        return new FaqCandidate(0, question, 10, wordings, List.of(5), QuestionKind.OTHER);
    }

    /** Sentence vectors in three dimensions: one per topic, so cosines are known. */
    private static WordingMeaning meaningOf(Map<String, float[]> vectors) {
        return wordings -> wordings.stream().map(w -> vectors.get(w)).toArray(float[][]::new);
    }

    @Test
    void aGroupIsCoveredByTheEntryItsMeanVectorIsClosestToWhenCloseEnough() {
        float s = (float) Math.sqrt(0.5);
        WordingMeaning meaning = meaningOf(Map.of(
                "Is there a fee for bulk pickup?", new float[] {1, 0, 0},
                "How do I start or stop water service?", new float[] {0, 1, 0},
                "Who maintains the trees between the sidewalk and the street?", new float[] {0, 0, 1},
                "How much does a bulk pickup cost?", new float[] {1, 0, 0},
                "Do you charge to take a couch?", new float[] {s, s, 0},
                "Who do I call about a power outage?", new float[] {0, s, s}));

        List<FaqCandidate> matched = FaqCoverage.match(List.of(
                group("How much does a bulk pickup cost?", "Do you charge to take a couch?"),
                group("Who do I call about a power outage?")), FAQ, meaning);

        // mean of (1,0,0) and (.71,.71,0) is at cosine 0.92 from the bulk entry
        assertThat(matched.get(0).coveredBy()).satisfies(m -> {
            assertThat(m.entry().question()).isEqualTo("Is there a fee for bulk pickup?");
            assertThat(m.score()).isCloseTo(0.924, org.assertj.core.data.Offset.offset(0.001));
            assertThat(m.byMeaning()).isTrue();
        });
        // 0.71 from two entries would be above the threshold; ties keep the first entry of the file
        assertThat(matched.get(1).coveredBy().entry().line()).isEqualTo(3);
    }

    @Test
    void belowTheThresholdNoEntryCoversTheGroup() {
        // cosines 0.57, 0.57 and 0.59 with the three entries: all just under the threshold
        WordingMeaning meaning = meaningOf(Map.of(
                "Is there a fee for bulk pickup?", new float[] {1, 0, 0},
                "How do I start or stop water service?", new float[] {0, 1, 0},
                "Who maintains the trees between the sidewalk and the street?", new float[] {0, 0, 1},
                "Can I get a payment plan?", new float[] {0.57f, 0.57f, 0.59f}));

        FaqCandidate only = FaqCoverage.match(List.of(group("Can I get a payment plan?")), FAQ, meaning).get(0);

        assertThat(only.covered()).isFalse();
        assertThat(only.coveredBy()).isNull();
    }

    @Test
    void withoutMeaningTheWordsOfTheQuestionDecide() {
        List<FaqCandidate> matched = FaqCoverage.match(List.of(
                group("Is there a fee for bulk item pickup?"),
                group("How do I start water service at a new address?"),
                group("Who do I call about a power outage?"),
                group("Who is responsible for trimming the tree in front of my house?"),
                group("Is there a fee?")), FAQ, WordingMeaning.NONE);

        assertThat(matched).extracting(c -> c.covered() ? c.coveredBy().entry().line() : 0)
                .containsExactly(1, 3, 0, 0, 0);
        assertThat(matched.get(0).coveredBy().byMeaning()).isFalse();
    }

    @Test
    void aGroupTheModelCannotReadFallsBackToWords() {
        WordingMeaning englishOnly = wordings -> wordings.stream()
                .map(w -> w.startsWith("¿") ? null : new float[] {0, 0, 1}).toArray(float[][]::new);
        CityFaq spanish = new CityFaq("faq.csv", List.of(new FaqEntry("¿Cuánto cuesta la recogida de muebles?", "", 2)));

        FaqCandidate c = FaqCoverage.match(List.of(group("¿Cuánto cuesta la recogida de muebles viejos?")), spanish,
                englishOnly).get(0);

        assertThat(c.coveredBy()).isNotNull();
        assertThat(c.coveredBy().byMeaning()).isFalse();
    }

    @Test
    void withoutACityFaqTheGroupsStayAsTheyAre() {
        List<FaqCandidate> groups = List.of(group("Is there a fee for bulk item pickup?"));
        assertThat(FaqCoverage.match(groups, CityFaq.NONE, WordingMeaning.NONE)).isSameAs(groups);
    }
}
