package org.civicthemes.model;

import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * How the texts of the requests a codebook was learned on became terms, so that a new request is prepared the same
 * way (its terms are then looked up in the codebook's vocabulary; phrases are the vocabulary's own).
 *
 * @param redacted        kinds of personal data redacted, by name (phone, email, ...)
 * @param extraStopwords  the analyst's own stopwords
 * @param stemming        words reduced to stems
 * @param detectLanguage  each text's language detected (else every text is English)
 * @param phrases         two-word phrases joined
 * @param phrasesReplace  a phrase replaces its two words (false: it is added to them)
 * @param spanishGlossary Spanish 311 words read as their English counterparts
 */
public record CodebookText(Set<String> redacted, Set<String> extraStopwords, boolean stemming, boolean detectLanguage,
                           boolean phrases, boolean phrasesReplace, boolean spanishGlossary) {

    public CodebookText {
        redacted = java.util.Collections.unmodifiableSet(new TreeSet<>(Objects.requireNonNull(redacted, "redacted")));
        extraStopwords = java.util.Collections.unmodifiableSet(new TreeSet<>(
                Objects.requireNonNull(extraStopwords, "extraStopwords")));
    }
}
