package org.civicthemes.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.civicthemes.model.ColumnMapping;
import org.civicthemes.model.Dataset;
import org.civicthemes.model.DateRange;
import org.civicthemes.model.ServiceRequest;
import org.civicthemes.model.SourceFormat;
import org.civicthemes.model.SourceInfo;
import org.civicthemes.model.Theme;
import org.civicthemes.model.ThemeAssignment;
import org.civicthemes.model.ThemeGroup;
import org.civicthemes.model.ThemeOptions;
import org.civicthemes.model.ThemeRun;
import org.civicthemes.model.ThemeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Questions and asks for action in English and Spanish (issue 19), and their grouping by meaning. */
class QuestionsAndAsksTest {

    @ParameterizedTest
    @CsvSource(delimiterString = "->", value = {
        "Pothole on Elm again. When will it be fixed? -> When will it be fixed? -> WHEN",
        "How long do we have to wait for this hole? -> How long do we have to wait for this hole? -> WHEN",
        "Since when is it legal to park a food truck here? -> Since when is it legal to park a food truck here? -> WHY",
        "Why no enforcement? -> Why no enforcement? -> WHY",
        "I'd like to know who is responsible for the fence -> I'd like to know who is responsible for the fence -> OTHER",
        "Just wondering if the park restrooms will reopen. Thanks -> Just wondering if the park restrooms will reopen. -> OTHER",
        "Hola, ¿Cuándo pasan a recoger la basura? -> ¿Cuándo pasan a recoger la basura? -> WHEN",
        "Who do I call about the dead raccoon. It smells. -> Who do I call about the dead raccoon. -> WHO",
        "Can I put my bin out on Sunday night? -> Can I put my bin out on Sunday night? -> CAN"})
    void findsQuestionsWithOrWithoutAQuestionMarkAndTellsTheirKind(String text, String found, QuestionKind kind) {
        assertThat(QuestionExtractor.questionOrAskIn(text)).hasValueSatisfying(f -> {
            assertThat(f.text()).isEqualTo(found);
            assertThat(f.kind()).isEqualTo(kind);
        });
    }

    @ParameterizedTest
    @CsvSource(delimiterString = "->", value = {
        "Speeding cars all day on Lawton. We need speed bumps on Lawton -> We need speed bumps on Lawton",
        "Tree down across the sidewalk. Please remove it before someone trips. -> Please remove it before someone trips.",
        "Hi, could someone look into a solution for the flooding -> could someone look into a solution for the flooding",
        "Can the city put a stop sign at this corner. -> Can the city put a stop sign at this corner.",
        "Hay basura en la esquina. Por favor limpien la calle pronto. -> Por favor limpien la calle pronto.",
        "Necesitamos más luz en el parque de noche. -> Necesitamos más luz en el parque de noche."})
    void findsAsksForAction(String text, String found) {
        assertThat(QuestionExtractor.questionOrAskIn(text)).hasValueSatisfying(f -> {
            assertThat(f.text()).isEqualTo(found);
            assertThat(f.kind()).isEqualTo(QuestionKind.ACTION);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Photo at https://example.org/report?id=42&x=1 shows the hole",
        "Really?",
        "Seriously?!",
        "Why? Just why.",
        "Please help.",
        "Please take care of this.",
        "Can someone please look at this?",
        "Please send someone as soon as possible",
        "Por favor manden a alguien.",
        "Graffiti on the wall behind the library, big tags.",
        "The light has been out for weeks, it is dark at night"})
    void fragmentsAndStatementsAreNeitherQuestionsNorAsks(String text) {
        assertThat(QuestionExtractor.questionOrAskIn(text)).isEmpty();
    }

    @Test
    void aQuestionComesBeforeAnAskInTheSameRequest() {
        assertThat(QuestionExtractor.questionOrAskIn("Please fix the pothole on Elm. When will it be done?"))
                .hasValueSatisfying(f -> assertThat(f.kind()).isEqualTo(QuestionKind.WHEN));
    }

    @Test
    void paraphrasesOfOneQuestionAreOneGroupByMeaningAndEachRequestCountsOnce() {
        List<String> texts = List.of(
                "Pothole on Elm. When will the pothole be fixed?",
                "How long do we have to wait for this hole?",
                "When will the pothole be fixed? It's been a month.",
                "Is the recycling still every other week?",
                "How do I get a new recycling bin?",
                "Big hole by the school, please fill it soon. When will it be fixed?");
        // stand-in sentence vectors: the pothole wordings on one axis, each recycling question on its own
        WordingMeaning meaning = wordings -> wordings.stream().map(w -> w.contains("hole") || w.contains("fixed")
                ? new float[] {1, 0, 0} : w.contains("week") ? new float[] {0, 1, 0} : new float[] {0, 0, 1})
                .toArray(float[][]::new);
        ThemeRun run = oneTheme(texts.size());
        List<FaqCandidate> byMeaning = FaqFinder.find(dataset(texts), run, q -> q, 10, meaning);
        assertThat(byMeaning).singleElement().satisfies(c -> {
            assertThat(c.count()).isEqualTo(4);
            assertThat(c.kind()).isEqualTo(QuestionKind.WHEN);
            assertThat(c.question()).isEqualTo("When will the pothole be fixed?");
            assertThat(c.wordings()).contains("How long do we have to wait for this hole?");
            assertThat(c.sourceRows()).containsExactly(2, 3, 4, 7);
        });
        assertThat(FaqFinder.find(dataset(texts), run, q -> q, 10)).as("by words alone the hole is another question")
                .singleElement().satisfies(c -> {
                    assertThat(c.count()).isEqualTo(3);
                    assertThat(c.wordings()).doesNotContain("How long do we have to wait for this hole?");
                });
    }

    @Test
    void theMinimumGroupGrowsWithTheExport() {
        assertThat(FaqFinder.minimumCount(1_031)).isEqualTo(2);
        assertThat(FaqFinder.minimumCount(20_000)).isEqualTo(2);
        assertThat(FaqFinder.minimumCount(200_000)).isEqualTo(20);
    }

    private static Dataset dataset(List<String> texts) {
        List<ServiceRequest> requests = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            requests.add(new ServiceRequest(i + 2, "R" + i, texts.get(i), LocalDateTime.of(2024, 5, 1 + i, 9, 0), null,
                    "", "", "", "", Double.NaN, Double.NaN, ""));
        }
        return new Dataset(new SourceInfo("t.csv", "", "", SourceFormat.DELIMITED_TEXT, "", 1, "UTF-8", "comma"),
                List.of("Description"), ColumnMapping.empty(), requests);
    }

    private static ThemeRun oneTheme(int n) {
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            all.add(i);
        }
        ThemeSet set = new ThemeSet(List.of(new Theme(0, "streets", n, 1.0, List.of(), List.of(0), 1)),
                new ThemeAssignment(new int[n]), new ThemeGroup(ThemeGroup.UNCLEAR, 0, 0),
                new ThemeGroup(ThemeGroup.NO_DESCRIPTION, 0, 0), ThemeOptions.DEFAULTS, List.of());
        return new ThemeRun(set, all, DateRange.ALL, java.util.Map.of(), java.util.Map.of());
    }
}
