package org.civicthemes.text;

/** Tells the language of a text. Implementations are thread-safe. */
@FunctionalInterface
public interface LanguageDetector {

    Language detect(String text);

    /** The standard detector: function words, a few 311 words and characters; no model. See docs/decisions/0004. */
    static LanguageDetector standard() {
        return new HeuristicLanguageDetector();
    }
}
