package org.civicthemes.text;

import java.util.List;
import java.util.Objects;

/**
 * One request, ready for theming.
 *
 * @param displayText the text to show and export: redacted and without boilerplate, otherwise as written
 * @param language    the detected language
 * @param termKeys    term keys in text order: word stems ("pickup") and phrase keys ("street_light");
 *                    {@link Vocabulary#label} turns a key into words
 * @param redactions  what was redacted from this text
 */
public record PreparedText(String displayText, Language language, List<String> termKeys, RedactionCounts redactions) {

    public PreparedText {
        Objects.requireNonNull(displayText, "displayText");
        Objects.requireNonNull(language, "language");
        termKeys = List.copyOf(termKeys);
        Objects.requireNonNull(redactions, "redactions");
    }
}
