package org.civicthemes.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.civicthemes.testdata.SampleByType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FaqFinderTest {

    private static SampleByType sample;
    private static List<FaqCandidate> faq;

    @BeforeAll
    static void findTheSampleQuestions() throws Exception {
        sample = SampleByType.load();
        faq = FaqFinder.find(sample.dataset(), sample.run(), q -> q.replaceAll("\\(?\\d{3}\\)?[-. ]\\d{3}[-. ]\\d{4}",
                "[phone]"), 20);
    }

    @ParameterizedTest
    @CsvSource(delimiterString = "->", value = {
        "Hello, when will my bulk pickup be scheduled? I put it out Monday. -> when will my bulk pickup be scheduled?",
        "How do I get a new recycling bin -> How do I get a new recycling bin",
        "Hola, ¿Cuándo pasan a recoger la basura? -> ¿Cuándo pasan a recoger la basura?",
        "Who do I call about the dead raccoon. It smells. -> Who do I call about the dead raccoon.",
        "BUENOS DÍAS, CÓMO PUEDO pagar la multa -> CÓMO PUEDO pagar la multa",
        "Good morning! Can someone trim the tree on 5th -> Can someone trim the tree on 5th"})
    void findsTheQuestionSentence(String text, String question) {
        assertThat(QuestionExtractor.questionIn(text)).hasValueSatisfying(q -> assertThat(q).isEqualToIgnoringCase(question));
    }

    @Test
    void sentencesEndAtLineBreaksAndAfterStopsFollowedBySpace() {
        assertThat(QuestionExtractor.questionIn("Trash not picked up on 4.5 St.\n\nNeighbors too!  When will the truck "
                + "come back\nThanks")).hasValue("When will the truck come back");
        assertThat(QuestionExtractor.questionIn("Sign says no parking.Who is responsible for it")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"Pothole on Elm st is getting bigger.", "Streetlight out since Monday, pole 42", "''"})
    void statementsAreNotQuestions(String text) {
        assertThat(QuestionExtractor.questionIn(text)).isEqualTo(Optional.empty());
    }

    @Test
    void recurringQuestionsAreGroupedByThemeWithCountsAndWordings() {
        int billing = sample.themeOf("Utility Billing Question");
        List<FaqCandidate> billingFaq = faq.stream().filter(c -> c.group() == billing).toList();

        assertThat(billingFaq).isNotEmpty();
        FaqCandidate top = billingFaq.get(0);
        assertThat(top.count()).isGreaterThanOrEqualTo(20);
        assertThat(top.wordings()).isNotEmpty().hasSizeLessThanOrEqualTo(3);
        assertThat(top.sourceRows()).isNotEmpty().allSatisfy(r -> assertThat(r).isGreaterThan(4));
        assertThat(billingFaq).isSortedAccordingTo((a, b) -> Integer.compare(b.count(), a.count()));
        assertThat(faq).allSatisfy(c -> assertThat(c.count()).isGreaterThanOrEqualTo(FaqFinder.MIN_COUNT));
    }

    @Test
    void spanishQuestionsAreFoundAndNoPhoneNumberSurvives() {
        assertThat(faq).anySatisfy(c -> assertThat(c.question()).startsWith("¿"));
        assertThat(faq).allSatisfy(c -> c.wordings().forEach(w -> assertThat(w).doesNotContainPattern("\\d{3}[-. ]\\d{4}")));
    }

    @Test
    void nearDuplicateWordingsAreMerged() {
        assertThat(FaqFinder.key("When will my BULK pickup be scheduled?!")).isEqualTo(FaqFinder.key("when will my bulk pickup be scheduled"));
        long candidates = faq.size();
        assertThat(faq.stream().map(c -> c.group() + "|" + FaqFinder.key(c.question())).distinct().count())
                .as("no theme lists the same question twice").isEqualTo(candidates);
    }

    @Test
    void eachGroupTellsItsRequestsInTheLatestMonthAgainstTheSixMonthsBefore() {
        assertThat(faq).allSatisfy(c -> {
            assertThat(c.trend().latestMonth()).isEqualTo(java.time.YearMonth.of(2025, 9));
            assertThat(c.trend().monthsBefore()).isEqualTo(FaqTrend.MONTHS_BEFORE);
            assertThat(c.trend().latest() + c.trend().before()).isLessThanOrEqualTo(c.count());
        });
        // the sample's scooter questions start in its last months (SamplePatternsTest): asked more now than before
        assertThat(faq).filteredOn(c -> c.question().toLowerCase(java.util.Locale.ROOT).contains("scooter"))
                .isNotEmpty().allSatisfy(c -> assertThat((double) c.trend().latest())
                        .isGreaterThan(c.trend().monthlyBefore()));
        // a question asked all along: its latest month is near its monthly rate, and the text says so
        FaqCandidate steady = faq.stream().filter(c -> c.trend().before() >= 12).findFirst().orElseThrow();
        assertThat(steady.trend().text()).matches(steady.trend().latest() + " in 2025-09, \\d+\\.\\d a month in the 6 before");
    }

    @Test
    void theTrendOfARunOfOneMonthHasNoMonthsBefore() throws Exception {
        SampleByType september = sample.between(java.time.LocalDate.of(2025, 9, 1), java.time.LocalDate.of(2025, 9, 30));
        List<FaqCandidate> found = FaqFinder.find(september.dataset(), september.run(), q -> q, 20);

        assertThat(found).isNotEmpty().allSatisfy(c -> {
            assertThat(c.trend().monthsBefore()).isZero();
            assertThat(c.trend().latest()).isEqualTo(c.count());
            assertThat(c.trend().text()).isEqualTo(c.count() + " in 2025-09");
        });
    }
}
