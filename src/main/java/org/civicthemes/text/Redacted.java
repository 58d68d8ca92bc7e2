package org.civicthemes.text;

import java.util.Objects;

/**
 * A text with its personal data replaced by placeholders, and how many spans of each kind were replaced.
 *
 * @param text   the redacted text; everything that was not redacted is unchanged (spacing, case, accents)
 * @param counts spans replaced per kind
 */
public record Redacted(String text, RedactionCounts counts) {

    public Redacted {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(counts, "counts");
    }
}
