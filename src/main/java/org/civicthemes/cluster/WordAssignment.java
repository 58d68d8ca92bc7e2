package org.civicthemes.cluster;

import java.util.Arrays;
import org.civicthemes.progress.CancellationToken;

/**
 * Puts the documents whose meaning was not read (other languages, documents outside the sample) into themes found by
 * meaning and words, by their words: Lloyd iterations over the words of all documents in which the documents grouped
 * by meaning keep their groups and only the others move. Each centre's words are those of all its documents, so a
 * Spanish request is compared with the words of the English and Spanish requests of a theme, not of the English alone.
 */
final class WordAssignment {

    /** At most this many rounds; they usually settle in three or four. */
    static final int MAX_ROUNDS = 10;

    private WordAssignment() {
    }

    /**
     * The partition of all rows of {@code words}: the rows of {@code fixed} (increasing indexes) as {@code found}
     * grouped them, every other row in the group whose words centre is nearest (ties: the lower group).
     */
    static Partition extend(Partition found, int[] fixed, Rows words, CancellationToken cancel) {
        int n = words.size();
        int k = found.k();
        int d = words.dimensions();
        int[] labels = new int[n];
        double[] similarities = new double[n];
        boolean[] isFixed = new boolean[n];
        for (int s = 0; s < fixed.length; s++) {
            isFixed[fixed[s]] = true;
            labels[fixed[s]] = found.labels()[s];
            similarities[fixed[s]] = found.similarities()[s];
        }
        int[] known = new int[n];
        Arrays.fill(known, -1);
        for (int i : fixed) {
            known[i] = labels[i];
        }
        double[] centres = unit(words.groupSums(known, k, cancel), k, d);
        for (int round = 0; round < MAX_ROUNDS; round++) {
            boolean moved = assign(words, centres, k, labels, similarities, isFixed, round == 0, cancel);
            if (!moved && round > 0) {
                break;
            }
            centres = unit(words.groupSums(labels, k, cancel), k, d);
        }
        double objective = Arrays.stream(similarities).sum();
        return new Partition(k, labels, found.centres(), similarities, objective);
    }

    /** Moves every row that is not fixed to its nearest centre; true when any row changed group. */
    private static boolean assign(Rows words, double[] centres, int k, int[] labels, double[] similarities,
                                  boolean[] isFixed, boolean firstRound, CancellationToken cancel) {
        Rows.CentreBlock block = words.centres(centres, k);
        boolean[] moved = new boolean[Chunks.count(words.size())];
        Chunks.forEach(words.size(), cancel, (chunk, from, to) -> {
            double[] out = new double[k];
            for (int i = from; i < to; i++) {
                if (isFixed[i]) {
                    continue;
                }
                block.similarities(i, out);
                int best = 0;
                for (int c = 1; c < k; c++) {
                    if (out[c] > out[best]) {
                        best = c;
                    }
                }
                if (firstRound || labels[i] != best) {
                    moved[chunk] = true;
                }
                labels[i] = best;
                similarities[i] = Math.min(1, out[best]);
            }
        });
        for (boolean m : moved) {
            if (m) {
                return true;
            }
        }
        return false;
    }

    /** Centre-major unit vectors of centre-major sums (a zero sum stays zero). */
    private static double[] unit(double[] sums, int k, int d) {
        for (int c = 0; c < k; c++) {
            double norm = 0;
            for (int j = 0; j < d; j++) {
                norm += sums[c * d + j] * sums[c * d + j];
            }
            if (norm > 0) {
                double scale = 1 / Math.sqrt(norm);
                for (int j = 0; j < d; j++) {
                    sums[c * d + j] *= scale;
                }
            }
        }
        return sums;
    }
}
