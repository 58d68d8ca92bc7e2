package org.civicthemes.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.civicthemes.model.KScore;
import org.civicthemes.model.ThemeOptions;
import org.civicthemes.model.ThemeSet;
import org.civicthemes.progress.CancellationToken;
import org.civicthemes.progress.ProgressListener;
import org.junit.jupiter.api.Test;

class SphericalKMeansTest {

    /** Unit vectors scattered around {@code k} random directions in {@code d} dimensions. */
    static DenseRows blobs(int k, int perBlob, int d, double noise, long seed, int[] truth) {
        Random random = new Random(seed);
        double[][] centres = new double[k][d];
        for (double[] c : centres) {
            for (int j = 0; j < d; j++) {
                c[j] = random.nextGaussian();
            }
        }
        float[] data = new float[k * perBlob * d];
        for (int i = 0; i < k * perBlob; i++) {
            int blob = i % k;
            truth[i] = blob;
            double norm = 0;
            double[] x = new double[d];
            for (int j = 0; j < d; j++) {
                x[j] = centres[blob][j] + noise * random.nextGaussian();
                norm += x[j] * x[j];
            }
            for (int j = 0; j < d; j++) {
                data[i * d + j] = (float) (x[j] / Math.sqrt(norm));
            }
        }
        return new DenseRows(k * perBlob, d, data);
    }

    @Test
    void separatesObviousClusters() {
        int[] truth = new int[6 * 100];
        DenseRows rows = blobs(6, 100, 20, 0.3, 1, truth);
        Partition p = new SphericalKMeans(3, 100).fit(rows, 6, 42, ProgressListener.NONE, CancellationToken.NEVER);
        assertThat(p.k()).isEqualTo(6);
        assertThat(Agreement.adjustedRandIndex(truth, p.labels())).isEqualTo(1.0);
        assertThat(java.util.Arrays.stream(p.similarities()).min().orElseThrow()).isGreaterThan(0.5);
    }

    @Test
    void separatesTopicsInSparseTfIdfVectors() {
        SyntheticCorpus corpus = SyntheticCorpus.separated(5, 80, 3);
        SparseRows rows = new TfIdfVectorizer(new TfIdfWeighting(true)).vectorize(corpus.documents,
                Vocabulary.count(corpus.documents, 1, 1.0, CancellationToken.NEVER), CancellationToken.NEVER);
        Partition p = new SphericalKMeans(2, 100).fit(rows, 5, 7, ProgressListener.NONE, CancellationToken.NEVER);
        assertThat(Agreement.adjustedRandIndex(corpus.topics, p.labels())).isGreaterThan(0.99);
    }

    @Test
    void distanceBoundsGiveTheGroupsOfPlainLloydIterations() {
        int[] truth = new int[15 * 200];
        DenseRows noisy = blobs(15, 200, 40, 1.2, 11, truth);
        assertSameAsPlain(noisy, 15, 4);
        SyntheticCorpus corpus = SyntheticCorpus.separated(6, 60, 8);
        SparseRows sparse = new TfIdfVectorizer(new TfIdfWeighting(true)).vectorize(corpus.documents,
                Vocabulary.count(corpus.documents, 1, 1.0, CancellationToken.NEVER), CancellationToken.NEVER);
        assertSameAsPlain(sparse, 9, 5);
    }

    @Test
    void distanceBoundsSpareMostFullComparisons() {
        int[] truth = new int[15 * 200];
        DenseRows rows = blobs(15, 200, 40, 0.8, 11, truth);
        int[] seeds = KMeansPlusPlus.seed(rows, 15, new java.util.Random(1), CancellationToken.NEVER);
        double[] start = new double[15 * 40];
        for (int c = 0; c < 15; c++) {
            rows.addTo(seeds[c], 1, start, c * 40);
        }
        BoundedLloyd.Result plain = BoundedLloyd.run(rows, start, 15, 100, SphericalKMeans.TOLERANCE, false, "",
                ProgressListener.NONE, CancellationToken.NEVER);
        BoundedLloyd.Result bounded = BoundedLloyd.run(rows, start, 15, 100, SphericalKMeans.TOLERANCE, true, "",
                ProgressListener.NONE, CancellationToken.NEVER);
        assertThat(bounded.labels()).isEqualTo(plain.labels());
        assertThat(plain.compared()).isGreaterThanOrEqualTo(3L * rows.size());
        assertThat(bounded.compared()).isLessThan(plain.compared() / 2);
    }

    @Test
    void distanceBoundsKeepZeroRowsAndDuplicatesAsPlainLloydDoes() {
        int[] truth = new int[4 * 30];
        DenseRows blobs = blobs(4, 30, 6, 0.5, 3, truth);
        float[] data = new float[(blobs.size() + 20) * 6];
        for (int i = 0; i < blobs.size(); i++) {
            for (int j = 0; j < 6; j++) {
                data[i * 6 + j] = blobs.get(i % 5 == 0 ? 0 : i, j);
            }
        }
        // the last 20 rows are zero: documents none of whose terms survived
        DenseRows rows = new DenseRows(blobs.size() + 20, 6, data);
        assertSameAsPlain(rows, 7, 6);
    }

    private static void assertSameAsPlain(Rows rows, int k, int restarts) {
        for (long seed = 0; seed < 3; seed++) {
            Partition plain = new SphericalKMeans(restarts, 100, false).fit(rows, k, seed, ProgressListener.NONE,
                    CancellationToken.NEVER);
            Partition bounded = new SphericalKMeans(restarts, 100, true).fit(rows, k, seed, ProgressListener.NONE,
                    CancellationToken.NEVER);
            assertThat(bounded.labels()).isEqualTo(plain.labels());
            assertThat(bounded.similarities()).isEqualTo(plain.similarities());
            assertThat(bounded.centres()).isEqualTo(plain.centres());
        }
    }

    @Test
    void moreRestartsNeverGiveAWorseObjective() {
        int[] truth = new int[12 * 30];
        DenseRows rows = blobs(12, 30, 10, 0.9, 5, truth);
        double one = new SphericalKMeans(1, 100).fit(rows, 12, 3, ProgressListener.NONE, CancellationToken.NEVER).objective();
        double eight = new SphericalKMeans(8, 100).fit(rows, 12, 3, ProgressListener.NONE, CancellationToken.NEVER).objective();
        assertThat(eight).isGreaterThanOrEqualTo(one);
    }

    @Test
    void fewerDistinctRowsThanKGiveFewerGroups() {
        float[] data = {1, 0, 1, 0, 0, 1};
        Partition p = new SphericalKMeans(2, 10).fit(new DenseRows(3, 2, data), 3, 1, ProgressListener.NONE,
                CancellationToken.NEVER);
        assertThat(p.k()).isEqualTo(2);
        assertThat(p.labels()[0]).isEqualTo(p.labels()[1]).isNotEqualTo(p.labels()[2]);
    }

    @Test
    void kneeChoosesThePlantedNumberAndScoresEveryK() {
        int[] truth = new int[7 * 60];
        DenseRows rows = blobs(7, 60, 30, 0.25, 9, truth);
        KChoice choice = new KneeKSelection(new SphericalKMeans(3, 100), 2, 20, 3000)
                .choose(rows, 42, ProgressListener.NONE, CancellationToken.NEVER);
        assertThat(choice.k()).isEqualTo(7);
        assertThat(choice.scores()).extracting(KScore::k).containsExactlyElementsOf(
                java.util.stream.IntStream.rangeClosed(2, 20).boxed().toList());
        double best = choice.scores().stream().mapToDouble(KScore::score).max().orElseThrow();
        assertThat(choice.scores().get(5).score()).isEqualTo(best);
        assertThat(choice.scores().get(0).score()).isZero();
        assertThat(choice.scores().get(18).score()).isZero();
    }

    @Test
    void kneeFindsPlantedTopicsInNoisyShortDocuments() {
        // 12 topics, documents of 6 words: 4 from the topic's 10 words, 2 from a pool of 200 words shared by all
        java.util.Random random = new java.util.Random(5);
        List<List<String>> docs = new java.util.ArrayList<>();
        for (int d = 0; d < 2400; d++) {
            int topic = d % 12;
            List<String> words = new java.util.ArrayList<>();
            for (int w = 0; w < 4; w++) {
                words.add(SyntheticCorpus.word(topic, random.nextInt(10)));
            }
            for (int w = 0; w < 2; w++) {
                words.add("shared" + SyntheticCorpus.letters(random.nextInt(200)));
            }
            docs.add(words);
        }
        ThemeSet set = new ThemeEngine(ThemeOptions.DEFAULTS.withAutoRange(4, 30))
                .findThemes(new Corpus(docs), ProgressListener.NONE, CancellationToken.NEVER);
        assertThat(set.themes()).hasSize(12);
        assertThat(set.kScores()).hasSize(27);
    }

    @Test
    void silhouetteIsHighForSeparatedAndLowForRandomLabels() {
        int[] truth = new int[4 * 50];
        DenseRows rows = blobs(4, 50, 10, 0.2, 2, truth);
        double good = Silhouette.cosine(rows, truth, 4, CancellationToken.NEVER);
        int[] shuffled = new int[truth.length];
        for (int i = 0; i < shuffled.length; i++) {
            shuffled[i] = (i / 7) % 4;
        }
        double bad = Silhouette.cosine(rows, shuffled, 4, CancellationToken.NEVER);
        assertThat(good).isGreaterThan(0.5);
        assertThat(bad).isLessThan(0.1);
    }

    @Test
    void silhouetteMatchesThePairwiseDefinition() {
        int[] truth = new int[3 * 10];
        DenseRows rows = blobs(3, 10, 5, 0.8, 4, truth);
        double expected = 0;
        for (int i = 0; i < rows.size(); i++) {
            double[] sum = new double[3];
            int[] size = new int[3];
            double[] xi = new double[5];
            rows.addTo(i, 1, xi, 0);
            for (int j = 0; j < rows.size(); j++) {
                if (j != i) {
                    sum[truth[j]] += 1 - rows.centres(xi, 1).similarity(j, 0);
                    size[truth[j]]++;
                }
            }
            double a = sum[truth[i]] / size[truth[i]];
            double b = Double.MAX_VALUE;
            for (int c = 0; c < 3; c++) {
                if (c != truth[i]) {
                    b = Math.min(b, sum[c] / size[c]);
                }
            }
            expected += (b - a) / Math.max(a, b);
        }
        expected /= rows.size();
        assertThat(Silhouette.cosine(rows, truth, 3, CancellationToken.NEVER))
                .isCloseTo(expected, org.assertj.core.api.Assertions.within(1e-5));
    }
}
