package org.civicthemes.cluster;

import java.util.ArrayList;
import java.util.List;
import org.civicthemes.model.KScore;
import org.civicthemes.progress.CancellationToken;
import org.civicthemes.progress.ProgressListener;

/**
 * Chooses the number of themes: every k of the range is clustered on one fixed-seed sample of the documents and
 * scored by the mean cosine silhouette on that sample; the highest score wins, the smaller k on a tie.
 */
final class SilhouetteKSelection {

    private final SphericalKMeans kMeans;
    private final int minK;
    private final int maxK;
    private final int sampleSize;

    SilhouetteKSelection(SphericalKMeans kMeans, int minK, int maxK, int sampleSize) {
        this.kMeans = kMeans;
        this.minK = minK;
        this.maxK = maxK;
        this.sampleSize = sampleSize;
    }

    KChoice choose(Rows rows, long seed, ProgressListener progress, CancellationToken cancel) {
        Rows sample = rows.select(Samples.sorted(rows.size(), sampleSize, seed));
        int top = Math.min(maxK, sample.size() - 1);
        if (top < minK) {
            return new KChoice(Math.max(1, Math.min(minK, rows.size())), List.of());
        }
        List<KScore> scores = new ArrayList<>();
        KScore best = null;
        for (int k = minK; k <= top; k++) {
            progress.update("Choosing the number of themes", k - minK, top - minK + 1);
            Partition p = kMeans.fit(sample, k, seed, ProgressListener.NONE, cancel);
            KScore score = new KScore(k, Silhouette.cosine(sample, p.labels(), p.k(), cancel));
            scores.add(score);
            if (best == null || score.score() > best.score()) {
                best = score;
            }
        }
        progress.update("Choosing the number of themes", top - minK + 1, top - minK + 1);
        return new KChoice(best.k(), scores);
    }
}
