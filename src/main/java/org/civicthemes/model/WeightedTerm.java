package org.civicthemes.model;

import java.util.Objects;

/**
 * A term that describes a theme, with how distinctive it is for that theme.
 *
 * @param term    the term key as the text step produced it ("street_light")
 * @param display the form shown to people ("street light")
 * @param weight  the term's class-based TF-IDF weight in the theme (higher is more distinctive)
 */
public record WeightedTerm(String term, String display, double weight) {

    public WeightedTerm {
        Objects.requireNonNull(term, "term");
        Objects.requireNonNull(display, "display");
    }
}
