package org.civicthemes.cluster;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.civicthemes.model.Codebook;
import org.civicthemes.model.CodebookSpace;
import org.civicthemes.model.CodebookTheme;

/**
 * Words that have become much more common since a codebook was learned and that none of its themes is made of: the
 * sign of a new kind of request. Such requests are often each close enough to an old theme to be placed in it (the
 * sample's e-scooters, "scooters blocking the sidewalk", land one by one in "broken sidewalk"), so looking for new
 * themes only among the requests that fit none would miss them; their words show them.
 *
 * <p>A word bursts when, among the requests since the codebook's period, it is in at least {@link Rule#minRequests}
 * of them, at least {@link Rule#minRatio} times as often as in the requests the codebook was learned on (their
 * document frequency is read back from the codebook's idf; a word outside the vocabulary was in fewer than the
 * minimum document frequency), and the Poisson surprise of that count, {@code c ln(c / e) - c + e} for {@code c}
 * requests where {@code e} were expected, is at least {@link Rule#minSurprise} (23: a chance below 1 in 10^10). A word
 * the codebook's themes are made of (its projection loads at least {@link Rule#maxLoading} on a theme's words centre:
 * "pothole", "graffiti") does not count: more of it is an old theme growing, which the trends show. Nor does a word
 * whose requests were placed among the themes much as all requests since were ({@link Rule#minApart}): a word added
 * to every kind of request (SF's app began to write "sidewalk" in half of its reports) is not a new kind of request.
 * Bursting words that share most of their requests go together. Depends only on the documents, where they were placed
 * and the codebook.
 */
public final class WordBursts {

    /**
     * When a word counts as bursting.
     *
     * @param minRequests fewest requests since the codebook holding the word
     * @param minRatio    fewest times as common as in the codebook's requests
     * @param minSurprise least Poisson surprise ({@code -ln} of an upper bound of the chance of so many)
     * @param maxLoading  a word loading this much on a theme's words centre is one the codebook's themes are made of
     * @param minApart    least total variation distance between how a burst's requests were placed among the
     *                    codebook's themes and how all requests since were: a new kind of request lands in a few
     *                    themes, a word added to every kind of request (a new line of boilerplate) lands like all
     */
    public record Rule(int minRequests, double minRatio, double minSurprise, double maxLoading, double minApart) {

        public Rule {
            if (minRequests < 1 || minRatio < 1 || minSurprise < 0 || maxLoading <= 0 || minApart < 0
                    || minApart > 1) {
                throw new IllegalArgumentException("A burst needs at least one request, a ratio of at least 1, a"
                        + " surprise of at least 0, a positive loading and a distance from 0 to 1: " + minRequests
                        + ", " + minRatio + ", " + minSurprise + ", " + maxLoading + ", " + minApart);
            }
        }
    }

    /** Ten requests, four times as common, a chance below 1 in 10^10, a loading below 0.1, placed apart by 0.5. */
    public static final Rule DEFAULT = new Rule(10, 4, 23, 0.1, 0.5);

    /** Two bursting words go together when this share of the requests of the rarer one also hold the other. */
    static final double SHARED = 0.5;

    /**
     * Bursting words that go together and the requests since the codebook that hold them.
     *
     * @param words     the words (term keys), most requests first
     * @param documents the documents since the codebook holding one of them, increasing; a document is in one burst
     */
    public record Burst(List<String> words, int[] documents) {

        public Burst {
            words = List.copyOf(words);
            documents = documents.clone();
        }

        @Override
        public int[] documents() {
            return documents.clone();
        }
    }

    private WordBursts() {
    }

    /**
     * @param documents the term keys of each document, prepared with the codebook's text options
     * @param since     for each document, whether it was created after the codebook's period
     * @param placed    for each document, the position of the codebook theme it was placed in (any negative value:
     *                  none)
     * @return the bursts holding at least {@link Rule#minRequests} documents, most documents first
     */
    public static List<Burst> find(Codebook codebook, List<List<String>> documents, boolean[] since, int[] placed,
                                   Rule rule) {
        Map<String, Integer> counts = countsSince(documents, since);
        int sinceCount = 0;
        for (boolean s : since) {
            sinceCount += s ? 1 : 0;
        }
        CodebookSpace space = codebook.space();
        Map<String, Integer> termIds = new HashMap<>(space.terms().size() * 2);
        for (int t = 0; t < space.terms().size(); t++) {
            termIds.put(space.terms().get(t), t);
        }
        int learned = codebook.provenance().requests();
        int belowMinimum = Math.max(0, codebook.provenance().options().minDf() - 1);
        int themes = codebook.themes().size();
        double[] all = placedShares(placed, since, java.util.stream.IntStream.range(0, since.length).toArray(),
                themes);
        // words are counted first and only the few that pass the counts get the set of their documents: a set per
        // word of a million requests would not fit in memory
        java.util.Set<String> frequent = new java.util.HashSet<>();
        for (Map.Entry<String, Integer> word : counts.entrySet()) {
            int count = word.getValue();
            if (count < rule.minRequests()) {
                continue;
            }
            Integer term = termIds.get(word.getKey());
            double before = term == null ? belowMinimum : documentFrequency(space.idf()[term], learned);
            double expected = sinceCount * (before + 1) / (learned + 1.0);
            if (count < rule.minRatio() * expected || surprise(count, expected) < rule.minSurprise()) {
                continue;
            }
            if (term != null && loading(space, codebook.themes(), term) >= rule.maxLoading()) {
                continue;
            }
            frequent.add(word.getKey());
        }
        List<Map.Entry<String, BitSet>> bursting = new ArrayList<>();
        for (Map.Entry<String, BitSet> word : holdersSince(documents, since, frequent).entrySet()) {
            if (apart(placedShares(placed, since, word.getValue().stream().toArray(), themes), all) < rule.minApart()) {
                continue;
            }
            bursting.add(word);
        }
        bursting.sort(Comparator.<Map.Entry<String, BitSet>>comparingInt(e -> -e.getValue().cardinality())
                .thenComparing(Map.Entry::getKey));
        return together(bursting, rule.minRequests());
    }

    /** Among {@code documents} since the codebook, the share placed in each theme (the last: in none). */
    private static double[] placedShares(int[] placed, boolean[] since, int[] documents, int themes) {
        double[] shares = new double[themes + 1];
        int count = 0;
        for (int d : documents) {
            if (since[d]) {
                shares[placed[d] >= 0 ? placed[d] : themes]++;
                count++;
            }
        }
        for (int t = 0; count > 0 && t < shares.length; t++) {
            shares[t] /= count;
        }
        return shares;
    }

    /** Total variation distance: half the sum of the absolute differences. */
    static double apart(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += Math.abs(a[i] - b[i]);
        }
        return sum / 2;
    }

    /** In how many documents since the codebook each word is. */
    private static Map<String, Integer> countsSince(List<List<String>> documents, boolean[] since) {
        Map<String, Integer> counts = new HashMap<>();
        for (int d = 0; d < documents.size(); d++) {
            if (since[d]) {
                for (String word : new java.util.HashSet<>(documents.get(d))) {
                    counts.merge(word, 1, Integer::sum);
                }
            }
        }
        return counts;
    }

    /** The documents since the codebook holding each of {@code words}. */
    private static Map<String, BitSet> holdersSince(List<List<String>> documents, boolean[] since,
                                                    java.util.Set<String> words) {
        Map<String, BitSet> holders = new HashMap<>();
        for (int d = 0; d < documents.size() && !words.isEmpty(); d++) {
            if (!since[d]) {
                continue;
            }
            for (String word : documents.get(d)) {
                if (words.contains(word)) {
                    holders.computeIfAbsent(word, w -> new BitSet()).set(d);
                }
            }
        }
        return holders;
    }

    /** The document frequency behind an idf of {@code ln((1 + n) / (1 + df)) + 1} over {@code n} documents. */
    static double documentFrequency(double idf, int documents) {
        return Math.max(0, (1.0 + documents) / Math.exp(idf - 1) - 1);
    }

    /** {@code -ln} of the Chernoff bound on the chance of at least {@code count} where {@code expected} were expected. */
    static double surprise(int count, double expected) {
        return count <= expected ? 0 : count * Math.log(count / expected) - count + expected;
    }

    /** How much the word's projection loads on the theme whose words centre it loads on most. */
    private static double loading(CodebookSpace space, List<CodebookTheme> themes, int term) {
        int d = space.dimensions();
        float[] projection = space.projection();
        double most = 0;
        for (CodebookTheme theme : themes) {
            float[] centre = theme.wordsCentre();
            double dot = 0;
            for (int j = 0; j < d; j++) {
                dot += projection[term * d + j] * (double) centre[j];
            }
            most = Math.max(most, dot);
        }
        return most;
    }

    /** Joins words sharing most of their documents; each document goes to the first burst that holds it. */
    private static List<Burst> together(List<Map.Entry<String, BitSet>> words, int minDocuments) {
        int n = words.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                BitSet a = words.get(i).getValue();
                BitSet b = words.get(j).getValue();
                BitSet both = (BitSet) a.clone();
                both.and(b);
                if (both.cardinality() >= SHARED * Math.min(a.cardinality(), b.cardinality())) {
                    int first = Math.min(root(parent, i), root(parent, j));
                    parent[Math.max(root(parent, i), root(parent, j))] = first;
                }
            }
        }
        List<Burst> bursts = new ArrayList<>();
        BitSet taken = new BitSet();
        for (int i = 0; i < n; i++) {
            if (root(parent, i) != i) {
                continue;
            }
            List<String> group = new ArrayList<>();
            BitSet documents = new BitSet();
            for (int j = i; j < n; j++) {
                if (root(parent, j) == i) {
                    group.add(words.get(j).getKey());
                    documents.or(words.get(j).getValue());
                }
            }
            documents.andNot(taken);
            taken.or(documents);
            if (documents.cardinality() >= minDocuments) {
                bursts.add(new Burst(group, documents.stream().toArray()));
            }
        }
        bursts.sort(Comparator.comparingInt((Burst b) -> -b.documents().length));
        return bursts;
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
