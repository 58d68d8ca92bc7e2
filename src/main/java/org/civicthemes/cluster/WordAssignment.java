package org.civicthemes.cluster;

import java.util.Arrays;
import org.civicthemes.progress.CancellationToken;

/**
 * Puts the documents that were not in the sample on which themes were found by meaning and words into the theme
 * whose words are nearest to theirs (the words part of each centre), so that every document gets a theme while
 * meaning is read for the sample only.
 */
final class WordAssignment {

    private WordAssignment() {
    }

    /**
     * The partition of all rows of {@code words}: the rows of {@code sample} (increasing indexes) as {@code found}
     * grouped them, every other row in the group of the nearest words centre (ties: the lower group).
     */
    static Partition extend(Partition found, int[] sample, Rows words, CancellationToken cancel) {
        int n = words.size();
        int k = found.k();
        int[] labels = new int[n];
        double[] similarities = new double[n];
        boolean[] inSample = new boolean[n];
        for (int s = 0; s < sample.length; s++) {
            inSample[sample[s]] = true;
            labels[sample[s]] = found.labels()[s];
            similarities[sample[s]] = found.similarities()[s];
        }
        Rows.CentreBlock centres = words.centres(MeaningJoin.wordCentres(found.centres(), k, words.dimensions()), k);
        Chunks.forEach(n, cancel, (chunk, from, to) -> {
            double[] out = new double[k];
            for (int i = from; i < to; i++) {
                if (inSample[i]) {
                    continue;
                }
                centres.similarities(i, out);
                int best = 0;
                for (int c = 1; c < k; c++) {
                    if (out[c] > out[best]) {
                        best = c;
                    }
                }
                labels[i] = best;
                similarities[i] = Math.min(1, out[best]);
            }
        });
        double objective = Arrays.stream(similarities).sum();
        return new Partition(k, labels, found.centres(), similarities, objective);
    }
}
