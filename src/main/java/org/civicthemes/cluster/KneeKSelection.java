package org.civicthemes.cluster;

import java.util.ArrayList;
import java.util.List;
import org.civicthemes.model.KScore;
import org.civicthemes.progress.CancellationToken;
import org.civicthemes.progress.ProgressListener;

/**
 * Chooses the number of themes at the knee of the fit curve. Every k of the range is clustered on one fixed-seed
 * sample; the mean cosine similarity of the documents to their centre, f(k), always grows with k. Scaled to 0..1 over
 * the range (k and f(k) alike), the chosen k is the one whose f lies furthest above the straight line between the
 * two ends of the range (Kneedle; Satopaa et al. 2011): where adding themes stops paying for itself. The smaller k
 * wins a tie. Silhouette was used before and, like stability across seeds, rose steadily with k on real short text
 * (docs/decisions/0006-clustering.md).
 */
final class KneeKSelection {

    /** k-means restarts for each k tried. */
    static final int RESTARTS = 2;

    private final SphericalKMeans kMeans;
    private final int minK;
    private final int maxK;
    private final int sampleSize;

    KneeKSelection(SphericalKMeans kMeans, int minK, int maxK, int sampleSize) {
        this.kMeans = kMeans;
        this.minK = minK;
        this.maxK = maxK;
        this.sampleSize = sampleSize;
    }

    KChoice choose(Rows rows, long seed, ProgressListener progress, CancellationToken cancel) {
        Rows sample = rows.select(Samples.sorted(rows.size(), sampleSize, seed));
        int top = Math.min(maxK, sample.size() - 1);
        if (top <= minK) {
            return new KChoice(Math.max(1, Math.min(minK, rows.size())), List.of());
        }
        int tried = top - minK + 1;
        double[] fit = new double[tried];
        for (int i = 0; i < tried; i++) {
            progress.update("Choosing the number of themes", i, tried);
            Partition p = kMeans.fit(sample, minK + i, seed, ProgressListener.NONE, cancel);
            fit[i] = p.objective() / sample.size();
        }
        progress.update("Choosing the number of themes", tried, tried);
        double rise = fit[tried - 1] - fit[0];
        List<KScore> scores = new ArrayList<>(tried);
        int best = 0;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < tried; i++) {
            double score = rise > 0 ? (fit[i] - fit[0]) / rise - i / (double) (tried - 1) : 0;
            scores.add(new KScore(minK + i, score));
            if (score > bestScore) {
                bestScore = score;
                best = i;
            }
        }
        return new KChoice(minK + best, scores);
    }
}
