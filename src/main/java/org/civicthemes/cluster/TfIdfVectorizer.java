package org.civicthemes.cluster;

import java.util.Arrays;
import java.util.List;
import org.civicthemes.progress.CancellationToken;

/** Turns term lists into unit-length sparse vectors over a vocabulary, weighting each term with a {@link TermWeighting}. */
final class TfIdfVectorizer {

    private final TermWeighting weighting;

    TfIdfVectorizer(TermWeighting weighting) {
        this.weighting = weighting;
    }

    SparseRows vectorize(List<List<String>> documents, Vocabulary vocabulary, CancellationToken cancel) {
        return vectorize(documents, vocabulary.size(), vocabulary::id,
                (term, count) -> weighting.weight(count, vocabulary.documentFrequency(term), vocabulary.documentCount()),
                cancel);
    }

    /** The id of a term key in a vocabulary of fixed terms, or -1 when it is not one of them. */
    @FunctionalInterface
    interface TermIds {
        int id(String term);
    }

    /** The weight of a term (by id) occurring {@code count} times in a document, before the row is scaled. */
    @FunctionalInterface
    interface TermWeights {
        double weight(int term, int count);
    }

    /**
     * Unit-length rows over {@code terms} known terms, each term weighed by {@code weights} (a codebook's fixed idf,
     * or a corpus's own document frequencies); unknown terms are left out.
     */
    static SparseRows vectorize(List<List<String>> documents, int terms, TermIds vocabulary, TermWeights weights,
                                CancellationToken cancel) {
        int n = documents.size();
        int chunks = Chunks.count(n);
        int[][] lengths = new int[chunks][];
        int[][] indexes = new int[chunks][];
        float[][] values = new float[chunks][];
        Chunks.forEach(n, cancel, (chunk, from, to) -> {
            int[] len = new int[to - from];
            int[] ix = new int[64];
            float[] val = new float[64];
            int used = 0;
            int[] ids = new int[16];
            for (int d = from; d < to; d++) {
                List<String> doc = documents.get(d);
                if (ids.length < doc.size()) {
                    ids = new int[doc.size()];
                }
                int m = 0;
                for (String t : doc) {
                    int id = vocabulary.id(t);
                    if (id >= 0) {
                        ids[m++] = id;
                    }
                }
                Arrays.sort(ids, 0, m);
                if (ix.length < used + m) {
                    int cap = Math.max(ix.length * 2, used + m);
                    ix = Arrays.copyOf(ix, cap);
                    val = Arrays.copyOf(val, cap);
                }
                int start = used;
                double norm = 0;
                for (int i = 0; i < m; ) {
                    int j = i;
                    while (j < m && ids[j] == ids[i]) {
                        j++;
                    }
                    double w = weights.weight(ids[i], j - i);
                    ix[used] = ids[i];
                    val[used++] = (float) w;
                    norm += w * w;
                    i = j;
                }
                if (norm > 0) {
                    float scale = (float) (1 / Math.sqrt(norm));
                    for (int e = start; e < used; e++) {
                        val[e] *= scale;
                    }
                }
                len[d - from] = used - start;
            }
            lengths[chunk] = len;
            indexes[chunk] = Arrays.copyOf(ix, used);
            values[chunk] = Arrays.copyOf(val, used);
        });
        int[] starts = new int[n + 1];
        int row = 0;
        for (int[] len : lengths) {
            for (int l : len) {
                starts[row + 1] = starts[row] + l;
                row++;
            }
        }
        int[] allIndexes = new int[starts[n]];
        float[] allValues = new float[starts[n]];
        int at = 0;
        for (int c = 0; c < chunks; c++) {
            System.arraycopy(indexes[c], 0, allIndexes, at, indexes[c].length);
            System.arraycopy(values[c], 0, allValues, at, values[c].length);
            at += indexes[c].length;
        }
        return new SparseRows(terms, starts, allIndexes, allValues);
    }
}
