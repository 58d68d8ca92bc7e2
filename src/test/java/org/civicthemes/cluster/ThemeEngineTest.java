package org.civicthemes.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.civicthemes.model.KScore;
import org.civicthemes.model.Theme;
import org.civicthemes.model.ThemeAssignment;
import org.civicthemes.model.ThemeCount;
import org.civicthemes.model.ThemeOptions;
import org.civicthemes.model.ThemeSet;
import org.civicthemes.progress.CancellationSource;
import org.civicthemes.progress.CancellationToken;
import org.civicthemes.progress.CancelledException;
import org.civicthemes.progress.ProgressListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The contract of the theme engine, with and without LSA where it matters. */
class ThemeEngineTest {

    private static final ThemeOptions OPTIONS = ThemeOptions.DEFAULTS.withThemes(5).withLsaDimensions(0)
            .withDocumentFrequency(1, 1.0);

    private static ThemeSet run(Corpus corpus, ThemeOptions options) {
        return new ThemeEngine(options).findThemes(corpus, ProgressListener.NONE, CancellationToken.NEVER);
    }

    private static void assertConsistent(ThemeSet set, int runSize) {
        assertThat(set.themes()).extracting(Theme::id).containsExactlyElementsOf(
                IntStream.range(0, set.themes().size()).boxed().toList());
        assertThat(set.themes()).isSortedAccordingTo(Comparator.comparingInt((Theme t) -> -t.size())
                .thenComparing(Theme::label));
        int total = set.themes().stream().mapToInt(Theme::size).sum() + set.unclear().size()
                + set.noDescription().size();
        assertThat(total).isEqualTo(runSize);
        double shares = set.themes().stream().mapToDouble(Theme::share).sum() + set.unclear().share()
                + set.noDescription().share();
        if (runSize > 0) {
            assertThat(shares).isCloseTo(1.0, org.assertj.core.api.Assertions.within(1e-9));
        }
        for (Theme t : set.themes()) {
            assertThat(set.assignment().documentsOf(t.id())).hasSize(t.size());
            assertThat(t.representatives()).hasSizeLessThanOrEqualTo(5).allSatisfy(
                    d -> assertThat(set.assignment().themeOf(d)).isEqualTo(t.id()));
            assertThat(t.cohesion()).isBetween(0.0, 1.0 + 1e-9);
        }
    }

    @Test
    void emptyCorpusGivesNoThemes() {
        ThemeSet set = run(new Corpus(List.of()), OPTIONS);
        assertThat(set.themes()).isEmpty();
        assertThat(set.assignment().documentCount()).isZero();
        assertThat(set.unclear().size()).isZero();
        assertThat(set.noDescription().size()).isZero();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 50})
    void documentsWithoutTermsAreNoDescription(int lsa) {
        List<List<String>> empty = List.of(List.of(), List.of(), List.of());
        ThemeSet set = run(new Corpus(empty), OPTIONS.withLsaDimensions(lsa));
        assertThat(set.themes()).isEmpty();
        assertThat(set.assignment().toArray()).containsOnly(ThemeAssignment.NO_DESCRIPTION);
        assertThat(set.noDescription().size()).isEqualTo(3);
        assertThat(set.noDescription().share()).isEqualTo(1.0);
    }

    @Test
    void mixedEmptyDocumentsStayOutOfThemes() {
        SyntheticCorpus synthetic = SyntheticCorpus.separated(3, 20, 1);
        List<List<String>> docs = new ArrayList<>(synthetic.documents);
        docs.add(List.of());
        docs.add(1, List.of());
        ThemeSet set = run(new Corpus(docs), OPTIONS.withThemes(3));
        assertThat(set.noDescription().size()).isEqualTo(2);
        assertThat(set.assignment().themeOf(1)).isEqualTo(ThemeAssignment.NO_DESCRIPTION);
        assertThat(set.assignment().themeOf(docs.size() - 1)).isEqualTo(ThemeAssignment.NO_DESCRIPTION);
        assertConsistent(set, docs.size());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 50})
    void fewerDocumentsThanThemes(int lsa) {
        Corpus corpus = new Corpus(List.of(List.of("pothole", "road"), List.of("graffiti", "wall"),
                List.of("noise", "party")));
        ThemeSet set = run(corpus, OPTIONS.withThemes(10).withLsaDimensions(lsa).withUnclearThreshold(0));
        assertThat(set.themes()).hasSize(3);
        assertThat(set.assignment().toArray()).containsExactlyInAnyOrder(0, 1, 2);
        assertConsistent(set, 3);
    }

    @Test
    void numberOfThemesHasBounds() {
        assertThatThrownBy(() -> new ThemeCount(1)).hasMessageContaining("from 2 to 200");
        assertThatThrownBy(() -> new ThemeCount(201)).hasMessageContaining("from 2 to 200");
        assertThatThrownBy(() -> ThemeOptions.DEFAULTS.withAutoRange(10, 5)).hasMessageContaining("from 10 to 5");
        assertThatThrownBy(() -> ThemeOptions.DEFAULTS.withRestarts(0)).hasMessageContaining("Restarts");
        assertThatThrownBy(() -> ThemeOptions.DEFAULTS.withDocumentFrequency(2, 0)).hasMessageContaining("share");
        assertThatThrownBy(() -> ThemeOptions.DEFAULTS.withUnclearThreshold(1)).hasMessageContaining("unclear");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 20})
    void findsPlantedTopicsInStableOrder(int lsa) {
        SyntheticCorpus synthetic = SyntheticCorpus.separated(5, 60, 2);
        ThemeSet set = run(synthetic.corpus(), OPTIONS.withLsaDimensions(lsa));
        assertThat(set.themes()).hasSize(5);
        assertThat(Agreement.adjustedRandIndex(synthetic.topics, set.assignment().toArray())).isGreaterThan(0.99);
        assertConsistent(set, synthetic.topics.length);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 20})
    void sameInputOptionsAndSeedGiveAnEqualThemeSet(int lsa) {
        SyntheticCorpus synthetic = new SyntheticCorpus(6, 70, 12, 5, 30, 3);
        ThemeOptions options = OPTIONS.withThemes(6).withLsaDimensions(lsa).withUnclearThreshold(0.2);
        ThemeSet one = run(synthetic.corpus(), options);
        ThemeSet two = run(new SyntheticCorpus(6, 70, 12, 5, 30, 3).corpus(), options);
        assertThat(two).isEqualTo(one);
        assertThat(two.hashCode()).isEqualTo(one.hashCode());
    }

    @Test
    void otherSeedsFindNearlyTheSameThemes() {
        SyntheticCorpus synthetic = new SyntheticCorpus(6, 100, 12, 5, 30, 4);
        int[] first = run(synthetic.corpus(), OPTIONS.withThemes(6).withSeed(1)).assignment().toArray();
        for (long seed = 2; seed <= 4; seed++) {
            int[] other = run(synthetic.corpus(), OPTIONS.withThemes(6).withSeed(seed)).assignment().toArray();
            assertThat(Agreement.adjustedRandIndex(first, other)).as("seed %d", seed).isGreaterThan(0.9);
        }
    }

    @Test
    void labelsAndTopTermsComeFromEachThemesOwnWords() {
        SyntheticCorpus synthetic = SyntheticCorpus.separated(4, 50, 5);
        ThemeSet set = run(synthetic.corpus(), OPTIONS.withThemes(4));
        for (Theme theme : set.themes()) {
            int topic = synthetic.topics[theme.representatives().get(0)];
            String prefix = "topic" + SyntheticCorpus.letters(topic) + "word";
            assertThat(theme.topTerms()).hasSize(10);
            assertThat(theme.topTerms().subList(0, 8)).allSatisfy(t -> assertThat(t.term()).startsWith(prefix));
            assertThat(theme.label().split(", ")).hasSize(3).allSatisfy(part -> assertThat(part).startsWith(prefix));
        }
    }

    @Test
    void outliersAreUnclear() {
        SyntheticCorpus synthetic = SyntheticCorpus.separated(4, 50, 6);
        List<List<String>> docs = new ArrayList<>(synthetic.documents);
        int normal = docs.size();
        for (int i = 0; i < 6; i++) {
            // pairs of odd documents sharing words with each other only
            String w = "oddity" + SyntheticCorpus.letters(i / 2);
            docs.add(List.of(w + "a", w + "b", w + "c"));
        }
        docs.add(List.of("unique", "words"));
        ThemeSet set = run(new Corpus(docs), OPTIONS.withThemes(4).withDocumentFrequency(2, 1.0));
        int[] assignment = set.assignment().toArray();
        for (int d = normal; d < docs.size(); d++) {
            assertThat(assignment[d]).as("document %d", d).isEqualTo(ThemeAssignment.UNCLEAR);
        }
        assertThat(set.unclear().size()).isEqualTo(7);
        assertThat(set.unclear().share()).isEqualTo(7.0 / docs.size());
        assertConsistent(set, docs.size());
    }

    @Test
    void automaticNumberOfThemesFindsThePlantedNumberAndReportsEveryScore() {
        SyntheticCorpus synthetic = SyntheticCorpus.separated(6, 60, 7);
        ThemeSet set = run(synthetic.corpus(), OPTIONS.withThemes(ThemeCount.AUTO).withAutoRange(2, 10));
        assertThat(set.themes()).hasSize(6);
        assertThat(set.kScores()).extracting(KScore::k).containsExactly(2, 3, 4, 5, 6, 7, 8, 9, 10);
        KScore best = set.kScores().stream().max(Comparator.comparingDouble(KScore::score)).orElseThrow();
        assertThat(best.k()).isEqualTo(6);
        assertThat(run(synthetic.corpus(), OPTIONS).kScores()).isEmpty();
    }

    @Test
    void subsetIsGroupedWithoutTheOtherDocuments() {
        SyntheticCorpus synthetic = SyntheticCorpus.separated(4, 40, 8);
        ThemeEngine engine = new ThemeEngine(OPTIONS.withThemes(2));
        TermSpace space = engine.vectorize(synthetic.corpus(), ProgressListener.NONE, CancellationToken.NEVER);
        int[] subset = IntStream.range(0, synthetic.topics.length).filter(d -> synthetic.topics[d] >= 2).toArray();
        ThemeSet set = engine.findThemes(space, subset, ProgressListener.NONE, CancellationToken.NEVER);
        assertThat(set.themes()).hasSize(2).allSatisfy(t -> assertThat(t.size()).isEqualTo(40));
        int[] assignment = set.assignment().toArray();
        for (int d = 0; d < assignment.length; d++) {
            if (synthetic.topics[d] < 2) {
                assertThat(assignment[d]).isEqualTo(ThemeAssignment.NOT_GROUPED);
            }
        }
        int[] inSubset = Arrays.stream(subset).map(d -> assignment[d]).toArray();
        int[] truth = Arrays.stream(subset).map(d -> synthetic.topics[d]).toArray();
        assertThat(Agreement.adjustedRandIndex(truth, inSubset)).isEqualTo(1.0);
        assertThat(set.themes().get(0).share() + set.themes().get(1).share()).isEqualTo(1.0);
    }

    @Test
    void termSpaceMadeWithOtherFrequencyLimitsIsRefused() {
        TermSpace space = new ThemeEngine(OPTIONS).vectorize(SyntheticCorpus.separated(2, 5, 1).corpus(),
                ProgressListener.NONE, CancellationToken.NEVER);
        ThemeEngine other = new ThemeEngine(OPTIONS.withDocumentFrequency(3, 1.0));
        assertThatThrownBy(() -> other.findThemes(space, new int[] {0, 1}, ProgressListener.NONE,
                CancellationToken.NEVER)).hasMessageContaining("vectorize again");
        assertThatThrownBy(() -> new ThemeEngine(OPTIONS).findThemes(space, new int[] {0, 0}, ProgressListener.NONE,
                CancellationToken.NEVER)).hasMessageContaining("twice");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 20})
    void reportsProgressAndStopsWhenCancelled(int lsa) {
        SyntheticCorpus synthetic = SyntheticCorpus.separated(5, 400, 9);
        List<String> steps = new ArrayList<>();
        CancellationSource cancel = new CancellationSource();
        ProgressListener listener = (step, done, total) -> {
            synchronized (steps) {
                steps.add(step);
            }
            if (step.startsWith("Grouping")) {
                cancel.cancel();
            }
        };
        ThemeEngine engine = new ThemeEngine(OPTIONS.withLsaDimensions(lsa));
        assertThatThrownBy(() -> engine.findThemes(synthetic.corpus(), listener, cancel))
                .isInstanceOf(CancelledException.class);
        assertThat(steps).contains("Counting terms", "Weighting terms");
        if (lsa > 0) {
            assertThat(steps).contains("Reducing dimensions");
        }
        assertThat(steps).noneMatch(s -> s.startsWith("Labelling"));
    }
}
