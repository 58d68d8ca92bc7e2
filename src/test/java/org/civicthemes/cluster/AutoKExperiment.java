package org.civicthemes.cluster;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.civicthemes.model.ThemeOptions;
import org.civicthemes.progress.CancellationToken;
import org.civicthemes.progress.ProgressListener;

/** Scratch: criteria for choosing k, printed per k for one corpus (used while choosing, see decision 0006). */
final class AutoKExperiment {

    private AutoKExperiment() {
    }

    static void run(String name, Corpus corpus, int labels, int[] truth, int sampleSize, int from, int to) {
        ThemeOptions options = ThemeOptions.DEFAULTS;
        ThemeEngine engine = new ThemeEngine(options);
        TermSpace space = engine.vectorize(corpus, ProgressListener.NONE, CancellationToken.NEVER);
        Selection selection = Selection.of(space, IntStream.range(0, space.documentCount()).toArray());
        Rows vectors = new LatentSemanticAnalysis(100).reduce(selection.vectors(), 42, ProgressListener.NONE, CancellationToken.NEVER);
        int[] pick = Samples.sorted(vectors.size(), sampleSize, 42);
        Rows sample = vectors.select(pick);
        int[] sampleTruth = new int[pick.length];
        for (int i = 0; i < pick.length; i++) {
            sampleTruth[i] = truth[selection.grouped()[pick[i]]];
        }
        SphericalKMeans four = new SphericalKMeans(4, 100);
        SphericalKMeans one = new SphericalKMeans(1, 100);
        System.out.printf(Locale.ROOT, "%s (labels %d, sample %d)%n  k    sil  seedARI  subARI   obj   NMI%n", name, labels, sample.size());
        for (int k = from; k <= to; k++) {
            long t0 = System.nanoTime();
            Partition p = four.fit(sample, k, 42, ProgressListener.NONE, CancellationToken.NEVER);
            double sil = Silhouette.cosine(sample, p.labels(), p.k(), CancellationToken.NEVER);
            List<int[]> runs = new ArrayList<>();
            for (int s = 0; s < 3; s++) {
                runs.add(one.fit(sample, k, 1000 + s, ProgressListener.NONE, CancellationToken.NEVER).labels());
            }
            double seedAri = (Agreement.adjustedRandIndex(runs.get(0), runs.get(1)) + Agreement.adjustedRandIndex(runs.get(0), runs.get(2))
                    + Agreement.adjustedRandIndex(runs.get(1), runs.get(2))) / 3;
            // two overlapping 80% subsamples, compared on their overlap
            int n = sample.size();
            int[] a = Samples.sorted(n, n * 4 / 5, 7);
            int[] b = Samples.sorted(n, n * 4 / 5, 8);
            int[] la = one.fit(sample.select(a), k, 11, ProgressListener.NONE, CancellationToken.NEVER).labels();
            int[] lb = one.fit(sample.select(b), k, 12, ProgressListener.NONE, CancellationToken.NEVER).labels();
            int[] posB = new int[n];
            java.util.Arrays.fill(posB, -1);
            for (int i = 0; i < b.length; i++) {
                posB[b[i]] = i;
            }
            List<Integer> xa = new ArrayList<>();
            List<Integer> xb = new ArrayList<>();
            for (int i = 0; i < a.length; i++) {
                if (posB[a[i]] >= 0) {
                    xa.add(la[i]);
                    xb.add(lb[posB[a[i]]]);
                }
            }
            double subAri = Agreement.adjustedRandIndex(xa.stream().mapToInt(Integer::intValue).toArray(),
                    xb.stream().mapToInt(Integer::intValue).toArray());
            System.out.printf(Locale.ROOT, "%3d  %.3f  %.3f   %.3f   %.3f  %.3f  %.2fs%n", k, sil, seedAri, subAri,
                    p.objective() / n, Agreement.normalizedMutualInformation(sampleTruth, p.labels()), (System.nanoTime() - t0) / 1e9);
        }
    }
}
