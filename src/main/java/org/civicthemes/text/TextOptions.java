package org.civicthemes.text;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Everything that changes how texts become terms. Immutable and validated; {@link #DEFAULTS} is the one
 * place defaults live.
 *
 * @param redaction      which personal data is redacted (all by default)
 * @param extraStopwords the analyst's own stopwords, matched case-insensitively against words and their stems
 * @param stemming       whether words are reduced to stems (Snowball English/Spanish)
 * @param detectLanguage whether each text's language is detected; when off every text is treated as English
 * @param phrases        two-word phrase detection
 * @param spanishGlossary whether common Spanish 311 words in Spanish texts are read as their English counterparts
 *                       ("basura" as trash, "bache" as pothole), so Spanish requests join the English theme of
 *                       their topic (docs/decisions/0007-spanish-glossary.md)
 * @param parallelism    worker threads for a corpus, {@value #PARALLELISM_LOWEST}..{@value #PARALLELISM_HIGHEST};
 *                       0 means one per processor. The result does not depend on it.
 */
public record TextOptions(RedactionOptions redaction, Set<String> extraStopwords, boolean stemming, boolean detectLanguage,
                          PhraseOptions phrases, boolean spanishGlossary, int parallelism) {

    public static final int PARALLELISM_LOWEST = 0;
    public static final int PARALLELISM_HIGHEST = 64;

    public static final TextOptions DEFAULTS = new TextOptions(RedactionOptions.ALL, Set.of(), true, true, PhraseOptions.DEFAULTS, true, 0);

    public TextOptions {
        Objects.requireNonNull(redaction, "redaction: use RedactionOptions.NONE to switch redaction off");
        Objects.requireNonNull(extraStopwords, "extraStopwords: use an empty set for none");
        Objects.requireNonNull(phrases, "phrases: use PhraseOptions.OFF to switch phrases off");
        Set<String> words = new TreeSet<>();
        for (String word : extraStopwords) {
            String w = Objects.requireNonNull(word, "extraStopwords contains null").strip().toLowerCase(Locale.ROOT);
            if (w.isEmpty()) {
                throw new IllegalArgumentException("extraStopwords contains a blank word");
            }
            if (w.chars().anyMatch(Character::isWhitespace)) {
                throw new IllegalArgumentException("extraStopwords are single words, without spaces: \"" + word + "\"");
            }
            words.add(w);
        }
        extraStopwords = Set.copyOf(words);
        if (parallelism < PARALLELISM_LOWEST || parallelism > PARALLELISM_HIGHEST) {
            throw new IllegalArgumentException("parallelism must be between " + PARALLELISM_LOWEST + " (one per processor) and "
                    + PARALLELISM_HIGHEST + ": " + parallelism);
        }
    }

    public TextOptions withRedaction(RedactionOptions value) {
        return new TextOptions(value, extraStopwords, stemming, detectLanguage, phrases, spanishGlossary, parallelism);
    }

    public TextOptions withExtraStopwords(Set<String> value) {
        return new TextOptions(redaction, value, stemming, detectLanguage, phrases, spanishGlossary, parallelism);
    }

    public TextOptions withStemming(boolean value) {
        return new TextOptions(redaction, extraStopwords, value, detectLanguage, phrases, spanishGlossary, parallelism);
    }

    public TextOptions withDetectLanguage(boolean value) {
        return new TextOptions(redaction, extraStopwords, stemming, value, phrases, spanishGlossary, parallelism);
    }

    public TextOptions withPhrases(PhraseOptions value) {
        return new TextOptions(redaction, extraStopwords, stemming, detectLanguage, value, spanishGlossary, parallelism);
    }

    public TextOptions withSpanishGlossary(boolean value) {
        return new TextOptions(redaction, extraStopwords, stemming, detectLanguage, phrases, value, parallelism);
    }

    public TextOptions withParallelism(int value) {
        return new TextOptions(redaction, extraStopwords, stemming, detectLanguage, phrases, spanishGlossary, value);
    }

    /** The number of worker threads to use on this machine. */
    int threads() {
        return parallelism == 0 ? Runtime.getRuntime().availableProcessors() : parallelism;
    }
}
