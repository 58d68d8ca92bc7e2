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
 *
 * <p>The work comes in pieces that parts of the requests can do apart and merge (a Spark job's partitions), which
 * {@link #find} runs in order over documents at hand: {@link SinceCounts} tallied over every request since the
 * codebook; {@link #candidates}, the few words that pass the counts, decided on the merged tally;
 * {@link WordPlacements} of those words tallied over the requests again; {@link #placedApart}, the words whose
 * requests were placed apart, decided on the merged tally; {@link Holders} of those words; {@link #bursts}.
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
     * The whole rule on documents at hand (the desktop's run): the pieces below, in their order, over all of them.
     *
     * @param documents the term keys of each document, prepared with the codebook's text options
     * @param since     for each document, whether it was created after the codebook's period
     * @param placed    for each document, the position of the codebook theme it was placed in (any negative value:
     *                  none)
     * @return the bursts holding at least {@link Rule#minRequests} documents, most documents first
     */
    public static List<Burst> find(Codebook codebook, List<List<String>> documents, boolean[] since, int[] placed,
                                   Rule rule) {
        int themes = codebook.themes().size();
        SinceCounts counts = new SinceCounts(themes);
        for (int d = 0; d < documents.size(); d++) {
            if (since[d]) {
                counts.add(documents.get(d), placed[d]);
            }
        }
        WordPlacements placements = new WordPlacements(candidates(codebook, counts, rule), themes);
        for (int d = 0; d < documents.size() && !placements.isEmpty(); d++) {
            if (since[d]) {
                placements.add(documents.get(d), placed[d]);
            }
        }
        Holders holders = new Holders(placedApart(counts, placements, rule));
        for (int d = 0; d < documents.size() && !holders.isEmpty(); d++) {
            if (since[d]) {
                holders.add(d, documents.get(d));
            }
        }
        return bursts(holders, rule);
    }

    /**
     * The words that pass the counts: at least {@link Rule#minRequests} requests since the codebook, at least
     * {@link Rule#minRatio} times as common as in the codebook's requests, surprising enough, and not a word the
     * codebook's themes are made of. Words are counted first and only these few are followed further
     * ({@link WordPlacements}, then {@link Holders}): a list of documents per word of a million requests would not fit
     * in memory.
     *
     * @return the candidate words, in increasing order
     */
    public static List<String> candidates(Codebook codebook, SinceCounts counts, Rule rule) {
        CodebookSpace space = codebook.space();
        Map<String, Integer> termIds = new HashMap<>(space.terms().size() * 2);
        for (int t = 0; t < space.terms().size(); t++) {
            termIds.put(space.terms().get(t), t);
        }
        int learned = codebook.provenance().requests();
        int belowMinimum = Math.max(0, codebook.provenance().options().minDf() - 1);
        java.util.TreeSet<String> frequent = new java.util.TreeSet<>();
        for (Map.Entry<String, Integer> word : counts.documents.entrySet()) {
            int count = word.getValue();
            if (count < rule.minRequests()) {
                continue;
            }
            Integer term = termIds.get(word.getKey());
            double before = term == null ? belowMinimum : documentFrequency(space.idf()[term], learned);
            double expected = counts.requests * (before + 1) / (learned + 1.0);
            if (count < rule.minRatio() * expected || surprise(count, expected) < rule.minSurprise()) {
                continue;
            }
            if (term != null && loading(space, codebook.themes(), term) >= rule.maxLoading()) {
                continue;
            }
            frequent.add(word.getKey());
        }
        return List.copyOf(frequent);
    }

    /**
     * The candidate words whose documents were placed among the codebook's themes apart from all documents since the
     * codebook ({@link Rule#minApart}): a new kind of request lands in a few themes, a word added to every kind of
     * request lands like all of them.
     *
     * @return those words, in increasing order
     */
    public static List<String> placedApart(SinceCounts counts, WordPlacements placements, Rule rule) {
        double[] all = shares(counts.placed);
        List<String> apart = new ArrayList<>();
        placements.words.forEach((word, placed) -> {
            if (java.util.Arrays.stream(placed).sum() > 0 && apart(shares(placed), all) >= rule.minApart()) {
                apart.add(word);
            }
        });
        return apart;
    }

    /**
     * The words placed apart ({@link #placedApart}) joined when they share most of their documents.
     *
     * @return the bursts holding at least {@link Rule#minRequests} documents, most documents first
     */
    public static List<Burst> bursts(Holders holders, Rule rule) {
        List<Map.Entry<String, BitSet>> bursting = new ArrayList<>();
        holders.words.forEach((word, documents) -> {
            if (!documents.isEmpty()) {
                bursting.add(Map.entry(word, documents));
            }
        });
        bursting.sort(Comparator.<Map.Entry<String, BitSet>>comparingInt(e -> -e.getValue().cardinality())
                .thenComparing(Map.Entry::getKey));
        return together(bursting, rule.minRequests());
    }

    /**
     * What the counts of {@link #candidates} need of the requests since the codebook: how many there are, in how many
     * of them each word is, and how they were placed among the codebook's themes. Tallied a request at a time; the
     * tallies of parts of the requests (a Spark partition) merge into the tally of all of them, whatever the split.
     * The one mutable value here, as a collector's container is: it is filled, merged, then only read.
     */
    public static final class SinceCounts implements java.io.Serializable {

        private static final long serialVersionUID = 1L;

        private final long[] placed;
        private final HashMap<String, Integer> documents = new HashMap<>();
        private long requests;

        /** @param themes the codebook's themes (a request placed in none counts after them) */
        public SinceCounts(int themes) {
            placed = new long[themes + 1];
        }

        /**
         * Counts one request since the codebook.
         *
         * @param terms  its term keys
         * @param placed the position of the codebook theme it was placed in (negative: none)
         */
        public SinceCounts add(List<String> terms, int placed) {
            requests++;
            this.placed[placedIndex(placed, this.placed.length - 1)]++;
            for (String word : new java.util.HashSet<>(terms)) {
                documents.merge(word, 1, Integer::sum);
            }
            return this;
        }

        /** Adds another part's counts to these; returns this. */
        public SinceCounts merge(SinceCounts other) {
            requests += other.requests;
            for (int t = 0; t < placed.length; t++) {
                placed[t] += other.placed[t];
            }
            other.documents.forEach((word, count) -> documents.merge(word, count, Integer::sum));
            return this;
        }

        /** Requests since the codebook counted. */
        public long requests() {
            return requests;
        }
    }

    /**
     * How the documents since the codebook holding each candidate word ({@link #candidates}) were placed among the
     * codebook's themes. Tallied a document at a time; tallies of parts merge, as {@link SinceCounts} do.
     */
    public static final class WordPlacements implements java.io.Serializable {

        private static final long serialVersionUID = 1L;

        private final java.util.TreeMap<String, long[]> words = new java.util.TreeMap<>();

        /**
         * @param candidates the words to follow ({@link #candidates})
         * @param themes     the codebook's themes (a document placed in none counts after them)
         */
        public WordPlacements(java.util.Collection<String> candidates, int themes) {
            for (String word : candidates) {
                words.put(word, new long[themes + 1]);
            }
        }

        /** Whether no word is followed (then no document needs to be looked at). */
        public boolean isEmpty() {
            return words.isEmpty();
        }

        /**
         * Notes one document since the codebook.
         *
         * @param terms  its term keys
         * @param placed the position of the codebook theme it was placed in (negative: none)
         */
        public WordPlacements add(List<String> terms, int placed) {
            java.util.Set<String> seen = null;
            for (String term : terms) {
                long[] counts = words.get(term);
                if (counts != null) {
                    seen = seen == null ? new java.util.HashSet<>() : seen;
                    if (seen.add(term)) {
                        counts[placedIndex(placed, counts.length - 1)]++;
                    }
                }
            }
            return this;
        }

        /** Adds another part's counts to these; returns this. */
        public WordPlacements merge(WordPlacements other) {
            other.words.forEach((word, theirs) -> {
                long[] counts = words.get(word);
                for (int t = 0; t < counts.length; t++) {
                    counts[t] += theirs[t];
                }
            });
            return this;
        }
    }

    /**
     * The documents since the codebook holding each word placed apart ({@link #placedApart}): the few requests of a
     * new kind. Documents are named by the caller's ids (positions in a run, or numbers given to the few requests that
     * hold such a word); tallies of parts merge, as {@link SinceCounts} do.
     */
    public static final class Holders implements java.io.Serializable {

        private static final long serialVersionUID = 1L;

        private final java.util.TreeMap<String, BitSet> words = new java.util.TreeMap<>();

        /** @param words the words to follow ({@link #placedApart}) */
        public Holders(java.util.Collection<String> words) {
            for (String word : words) {
                this.words.put(word, new BitSet());
            }
        }

        /** Whether no word is followed (then no document needs to be looked at). */
        public boolean isEmpty() {
            return words.isEmpty();
        }

        /**
         * Notes one document since the codebook.
         *
         * @param document its id (from 0; each document once)
         * @param terms    its term keys
         */
        public Holders add(int document, List<String> terms) {
            for (String term : terms) {
                BitSet documents = words.get(term);
                if (documents != null) {
                    documents.set(document);
                }
            }
            return this;
        }

        /** Adds another part's documents (other ids) to these; returns this. */
        public Holders merge(Holders other) {
            other.words.forEach((word, theirs) -> words.get(word).or(theirs));
            return this;
        }
    }

    private static int placedIndex(int placed, int none) {
        return placed >= 0 ? placed : none;
    }

    /** The share of each count in their sum (all zero when there is none). */
    private static double[] shares(long[] counts) {
        double[] shares = new double[counts.length];
        long count = 0;
        for (int t = 0; t < counts.length; t++) {
            shares[t] = counts[t];
            count += counts[t];
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
