package org.civicthemes.cluster;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.civicthemes.progress.CancellationToken;

/**
 * The terms kept for vectors, in alphabetical order (so term ids do not depend on document order), with their
 * document frequencies. A term is kept when it occurs in at least {@code minDf} documents and in at most
 * {@code maxDfShare} of the documents that have any term.
 */
final class Vocabulary {

    private final String[] terms;
    private final int[] documentFrequency;
    private final Map<String, Integer> ids;
    private final int documentCount;

    private Vocabulary(String[] terms, int[] documentFrequency, int documentCount) {
        this.terms = terms;
        this.documentFrequency = documentFrequency;
        this.documentCount = documentCount;
        this.ids = new HashMap<>(terms.length * 2);
        for (int i = 0; i < terms.length; i++) {
            ids.put(terms[i], i);
        }
    }

    static Vocabulary count(List<List<String>> documents, int minDf, double maxDfShare, CancellationToken cancel) {
        int n = documents.size();
        List<Map<String, int[]>> partial = new ArrayList<>();
        for (int c = 0; c < Chunks.count(n); c++) {
            partial.add(new HashMap<>());
        }
        int[] nonEmpty = new int[Chunks.count(n)];
        Chunks.forEach(n, cancel, (chunk, from, to) -> {
            Map<String, int[]> df = partial.get(chunk);
            Set<String> seen = new HashSet<>();
            for (int d = from; d < to; d++) {
                List<String> doc = documents.get(d);
                if (!doc.isEmpty()) {
                    nonEmpty[chunk]++;
                }
                seen.clear();
                for (String t : doc) {
                    if (seen.add(t)) {
                        df.computeIfAbsent(t, k -> new int[1])[0]++;
                    }
                }
            }
        });
        Map<String, int[]> total = new HashMap<>();
        for (Map<String, int[]> p : partial) {
            cancel.throwIfCancelled();
            p.forEach((t, c) -> total.computeIfAbsent(t, k -> new int[1])[0] += c[0]);
        }
        int docs = Arrays.stream(nonEmpty).sum();
        double maxDf = maxDfShare * docs;
        String[] kept = total.entrySet().stream()
                .filter(e -> e.getValue()[0] >= minDf && e.getValue()[0] <= maxDf)
                .map(Map.Entry::getKey).sorted().toArray(String[]::new);
        int[] df = new int[kept.length];
        for (int i = 0; i < kept.length; i++) {
            df[i] = total.get(kept[i])[0];
        }
        return new Vocabulary(kept, df, docs);
    }

    /** Known terms (a codebook's), in increasing order, without counts: for describing groups, not for weighting. */
    static Vocabulary known(List<String> terms) {
        return new Vocabulary(terms.toArray(String[]::new), new int[terms.size()], 0);
    }

    int size() {
        return terms.length;
    }

    /** The id of a term, or -1 when it was not kept. */
    int id(String term) {
        Integer id = ids.get(term);
        return id == null ? -1 : id;
    }

    String term(int id) {
        return terms[id];
    }

    int documentFrequency(int id) {
        return documentFrequency[id];
    }

    /** Documents with at least one term (kept or not). */
    int documentCount() {
        return documentCount;
    }
}
