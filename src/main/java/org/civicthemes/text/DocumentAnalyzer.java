package org.civicthemes.text;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import opennlp.tools.stemmer.snowball.SnowballStemmer;

/**
 * Prepares one document after another on one thread: {@link #analyze} names the stages. Keeps a cache
 * of the words it has seen and the corpus counts of the documents it analysed; not thread-safe, so every
 * worker thread has its own. Shared with other threads: only the synchronized {@link TermDictionary}.
 */
final class DocumentAnalyzer {

    /**
     * One document after the first pass.
     *
     * @param tokens token ids of the kept words in text order; {@link #ADJACENT} is set on a word that
     *               directly follows the previous kept word (no stopword, number or punctuation between)
     */
    record Analysis(String displayText, Language language, RedactionCounts redactions, int[] tokens) {
    }

    static final int ADJACENT = 0x8000_0000;
    static final int TOKEN_MASK = 0x7FFF_FFFF;
    private static final long DROP = -1L;

    private final TextOptions options;
    private final Redactor redactor;
    private final TermDictionary dictionary;
    private final BoilerplateStripper boilerplate = new BoilerplateStripper();
    private final TermNormalizer normalizer = new TermNormalizer();
    private final HeuristicLanguageDetector detector = new HeuristicLanguageDetector();
    private final SnowballStemmer english = new SnowballStemmer(SnowballStemmer.ALGORITHM.ENGLISH);
    private final SnowballStemmer spanish = new SnowballStemmer(SnowballStemmer.ALGORITHM.SPANISH);
    private final Map<Language, Set<String>> stopwords = new EnumMap<>(Language.class);
    private final Map<Language, Set<String>> stoppedStems = new EnumMap<>(Language.class);
    private final Map<Language, Map<String, Long>> seen = new EnumMap<>(Language.class);

    private int[] tokenCounts = new int[1024];
    private final LongIntCounter bigrams = new LongIntCounter();
    private long totalTokens;

    DocumentAnalyzer(TextOptions options, Redactor redactor, TermDictionary dictionary) {
        this.options = options;
        this.redactor = redactor;
        this.dictionary = dictionary;
        for (Language language : Language.values()) {
            Set<String> words = new HashSet<>(Stopwords.forLanguage(language));
            words.addAll(options.extraStopwords());
            stopwords.put(language, Set.copyOf(words));
            Set<String> stems = new HashSet<>();
            for (String word : options.extraStopwords()) {
                stems.add(stem(language, word));
            }
            stoppedStems.put(language, Set.copyOf(stems));
            seen.put(language, new HashMap<>());
        }
    }

    Analysis analyze(String raw) {
        Redacted redacted = redactor.redact(raw);
        String display = boilerplate.strip(redacted.text());
        String normalized = normalizer.normalize(display);
        String[] tokens = Tokenization.tokenize(normalized);
        Language language = options.detectLanguage() ? detector.detect(tokens) : Language.ENGLISH;
        int[] terms = keepAndStem(tokens, language);
        return new Analysis(display, language, redacted.counts(), terms);
    }

    /** Drops punctuation, numbers and stopwords, stems the rest and counts words and adjacent pairs. */
    private int[] keepAndStem(String[] tokens, Language language) {
        Map<String, Long> cache = seen.get(language);
        int[] kept = new int[tokens.length];
        int n = 0;
        int previousStem = -1;
        for (String token : tokens) {
            Long ids = cache.get(token);
            if (ids == null) {
                ids = lookUp(token, language);
                cache.put(token, ids);
            }
            if (ids == DROP) {
                previousStem = -1;
                continue;
            }
            int tokenId = LongIntCounter.first(ids);
            int stemId = LongIntCounter.second(ids);
            kept[n++] = previousStem >= 0 ? tokenId | ADJACENT : tokenId;
            if (previousStem >= 0 && previousStem != stemId) {
                bigrams.add(LongIntCounter.pair(previousStem, stemId), 1);
            }
            previousStem = stemId;
            if (tokenId >= tokenCounts.length) {
                tokenCounts = java.util.Arrays.copyOf(tokenCounts, Math.max(tokenCounts.length * 2, tokenId + 1));
            }
            tokenCounts[tokenId]++;
            totalTokens++;
        }
        return n == kept.length ? kept : java.util.Arrays.copyOf(kept, n);
    }

    private long lookUp(String token, Language language) {
        if (!Tokenization.isWordLike(token) || stopwords.get(language).contains(token)) {
            return DROP;
        }
        if (language == Language.SPANISH && options.spanishGlossary()) {
            String english = SpanishGlossary.english(token);
            if (english != null) {
                return dictionary.intern(group(Language.ENGLISH), english, stem(Language.ENGLISH, english));
            }
        }
        String stem = stem(language, token);
        if (stoppedStems.get(language).contains(stem)) {
            return DROP;
        }
        return dictionary.intern(group(language), token, stem);
    }

    private String stem(Language language, String word) {
        if (!options.stemming()) {
            return word;
        }
        return switch (language) {
            case ENGLISH, UNDETERMINED -> english.stem(word).toString();
            case SPANISH -> spanish.stem(word).toString();
            case OTHER -> word;
        };
    }

    private static char group(Language language) {
        return switch (language) {
            case ENGLISH -> 'e';
            case SPANISH -> 's';
            case OTHER -> 'o';
            case UNDETERMINED -> 'u';
        };
    }

    /** Occurrences per token id of the documents analysed so far (index beyond the array: zero). */
    int[] tokenCounts() {
        return tokenCounts;
    }

    LongIntCounter bigrams() {
        return bigrams;
    }

    long totalTokens() {
        return totalTokens;
    }
}
