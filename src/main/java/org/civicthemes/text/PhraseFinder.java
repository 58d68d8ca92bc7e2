package org.civicthemes.text;

import java.util.HashSet;
import java.util.Set;

/**
 * Picks the two-word phrases of a corpus: stem pairs seen adjacent at least {@code minCount} times whose
 * normalized pointwise mutual information, NPMI = ln(p(xy) / (p(x) p(y))) / -ln p(xy), reaches
 * {@code minNpmi}. Pairs are judged one by one, so the result does not depend on the order of counting.
 */
final class PhraseFinder {

    private PhraseFinder() {
    }

    /**
     * @param stemCounts occurrences per stem id
     * @param bigrams    adjacent occurrences per {@link LongIntCounter#pair} of stem ids
     * @param total      kept words in the corpus
     * @return the chosen stem pairs
     */
    static Set<Long> find(long[] stemCounts, LongIntCounter bigrams, long total, PhraseOptions options) {
        Set<Long> phrases = new HashSet<>();
        if (!options.enabled() || total == 0) {
            return phrases;
        }
        bigrams.forEachKey(pair -> {
            int count = bigrams.get(pair);
            if (count >= options.minCount()
                    && npmi(count, stemCounts[LongIntCounter.first(pair)], stemCounts[LongIntCounter.second(pair)], total)
                    >= options.minNpmi()) {
                phrases.add(pair);
            }
        });
        return phrases;
    }

    static double npmi(long together, long first, long second, long total) {
        double pxy = (double) together / total;
        double px = (double) first / total;
        double py = (double) second / total;
        if (pxy >= 1.0) {
            return 1.0;
        }
        return Math.log(pxy / (px * py)) / -Math.log(pxy);
    }
}
