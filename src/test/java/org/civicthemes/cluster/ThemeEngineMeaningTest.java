package org.civicthemes.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.civicthemes.model.MeaningUse;
import org.civicthemes.model.ThemeOptions;
import org.civicthemes.model.ThemeSet;
import org.civicthemes.progress.CancellationToken;
import org.civicthemes.progress.ProgressListener;
import org.junit.jupiter.api.Test;

/**
 * The engine with a meaning source: themes found on the documents whose meaning was read, in a sample, and every
 * other document placed by its words.
 */
class ThemeEngineMeaningTest {

    private static final int TOPICS = 6;

    /** Unit vectors near one axis per topic; null for every fifth document (as if written in another language). */
    private static final class TopicMeanings implements MeaningSource {
        final int[] topics;
        final List<Integer> asked = new ArrayList<>();

        TopicMeanings(int[] topics) {
            this.topics = topics;
        }

        @Override
        public Meanings read(int[] documents, ProgressListener progress, CancellationToken cancel) {
            float[][] out = new float[documents.length][];
            for (int i = 0; i < documents.length; i++) {
                int d = documents[i];
                asked.add(d);
                if (d % 5 == 4) {
                    continue;
                }
                Random noise = new Random(d);
                float[] v = new float[TOPICS * 2];
                for (int j = 0; j < v.length; j++) {
                    v[j] = (float) (noise.nextGaussian() * 0.1);
                }
                v[topics[d]] += 1;
                double norm = 0;
                for (float x : v) {
                    norm += x * x;
                }
                for (int j = 0; j < v.length; j++) {
                    v[j] /= (float) Math.sqrt(norm);
                }
                out[i] = v;
            }
            return new Meanings(out, "topic axes", "");
        }
    }

    @Test
    void themesAreFoundOnTheSampleAndEveryOtherDocumentJoinsByItsWords() {
        SyntheticCorpus corpus = SyntheticCorpus.separated(TOPICS, 100, 3);
        TopicMeanings meanings = new TopicMeanings(corpus.topics);
        ThemeOptions options = ThemeOptions.DEFAULTS.withThemes(TOPICS).withUnclearThreshold(0);
        ThemeSet themes = new ThemeEngine(options, MeaningJoin.WORD_WEIGHT, 120).findThemes(corpus.corpus(),
                meanings, ProgressListener.NONE, CancellationToken.NEVER);

        assertThat(meanings.asked).as("meaning is read for the sample only").hasSize(120).doesNotHaveDuplicates();
        MeaningUse use = themes.meaning();
        assertThat(use.status()).isEqualTo(MeaningUse.Status.ON);
        assertThat(use.read()).isEqualTo((int) meanings.asked.stream().filter(d -> d % 5 != 4).count());
        assertThat(use.byWords()).isEqualTo(600 - use.read());
        int[] assigned = themes.assignment().toArray();
        for (int theme : assigned) {
            assertThat(theme).isBetween(0, TOPICS - 1);
        }
        assertThat(Agreement.normalizedMutualInformation(corpus.topics, assigned)).isGreaterThan(0.95);

        ThemeSet again = new ThemeEngine(options, MeaningJoin.WORD_WEIGHT, 120).findThemes(corpus.corpus(),
                new TopicMeanings(corpus.topics), ProgressListener.NONE, CancellationToken.NEVER);
        assertThat(again).isEqualTo(themes);
    }

    @Test
    void representativesAreDocumentsWhoseMeaningWasRead() {
        SyntheticCorpus corpus = SyntheticCorpus.separated(TOPICS, 100, 5);
        ThemeSet themes = new ThemeEngine(ThemeOptions.DEFAULTS.withThemes(TOPICS), MeaningJoin.WORD_WEIGHT, 600)
                .findThemes(corpus.corpus(), new TopicMeanings(corpus.topics), ProgressListener.NONE,
                        CancellationToken.NEVER);
        themes.themes().forEach(t -> assertThat(t.representatives()).isNotEmpty()
                .allSatisfy(d -> assertThat(d % 5).as("document %d of %s", d, t.label()).isNotEqualTo(4)));
    }

    @Test
    void whenNoMeaningCanBeReadTheThemesAreTheWordsOnlyThemes() {
        SyntheticCorpus corpus = SyntheticCorpus.separated(TOPICS, 60, 7);
        ThemeOptions options = ThemeOptions.DEFAULTS.withThemes(TOPICS);
        ThemeSet unavailable = new ThemeEngine(options).findThemes(corpus.corpus(),
                (documents, progress, cancel) -> MeaningSource.Meanings.unavailable("no model here"),
                ProgressListener.NONE, CancellationToken.NEVER);
        ThemeSet words = new ThemeEngine(options.withMeaning(false)).findThemes(corpus.corpus(), ProgressListener.NONE,
                CancellationToken.NEVER);
        assertThat(unavailable.assignment()).isEqualTo(words.assignment());
        assertThat(unavailable.themes()).isEqualTo(words.themes());
        assertThat(unavailable.meaning()).isEqualTo(MeaningUse.unavailable("no model here"));
        assertThat(words.meaning()).isEqualTo(MeaningUse.OFF);
    }
}
