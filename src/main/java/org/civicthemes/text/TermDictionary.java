package org.civicthemes.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Ids for the tokens and stems of one corpus, shared by the worker threads: the one piece of shared
 * mutable state of a corpus run, and every method is synchronized. Workers call it only for words their
 * own cache has not seen yet. Ids depend on thread timing; nothing that leaves the package does.
 */
final class TermDictionary {

    /** What {@link #snapshot()} returns once the workers are done: token id -> surface, token id -> stem id, stem id -> stem. */
    record Snapshot(String[] surfaces, int[] tokenStems, String[] stems) {
    }

    private final Map<String, Integer> tokenIds = new HashMap<>();
    private final Map<String, Integer> stemIds = new HashMap<>();
    private final List<String> surfaces = new ArrayList<>();
    private final List<String> stems = new ArrayList<>();
    private int[] tokenStems = new int[1024];

    /**
     * The ids of a kept word, as {@link LongIntCounter#pair(int, int)} of token id and stem id.
     *
     * @param group   which stopword/stemmer group the word was seen in ('e', 's', 'o', 'u'): the same
     *                surface can have different stems in different languages
     */
    synchronized long intern(char group, String surface, String stem) {
        String key = group + surface;
        Integer token = tokenIds.get(key);
        if (token != null) {
            return LongIntCounter.pair(token, tokenStems[token]);
        }
        Integer stemId = stemIds.get(stem);
        if (stemId == null) {
            stemId = stems.size();
            stems.add(stem);
            stemIds.put(stem, stemId);
        }
        int id = surfaces.size();
        surfaces.add(surface);
        tokenIds.put(key, id);
        if (id == tokenStems.length) {
            tokenStems = Arrays.copyOf(tokenStems, id * 2);
        }
        tokenStems[id] = stemId;
        return LongIntCounter.pair(id, stemId);
    }

    synchronized int tokenCount() {
        return surfaces.size();
    }

    synchronized Snapshot snapshot() {
        return new Snapshot(surfaces.toArray(new String[0]), Arrays.copyOf(tokenStems, surfaces.size()), stems.toArray(new String[0]));
    }
}
