package org.civicthemes.model;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * What a codebook needs to place a new request among its themes: the request's terms (prepared with {@code text})
 * looked up in the vocabulary, weighted with their idf, the row scaled to unit length and projected on the latent
 * semantic analysis of the export it was learned on, then, when the codebook was made with meaning, put beside the
 * request's sentence vector ({@code wordWeight} times the words, normalised again). Immutable (arrays are copied in
 * and out).
 *
 * @param terms             term keys in increasing order (a phrase is two stems joined by '_')
 * @param labels            how each term is shown to people
 * @param idf               each term's inverse document frequency, as it weighted the terms of the learning run
 * @param sublinearTf       a term's count in a request weighs {@code 1 + ln(count)} (else the count)
 * @param dimensions        dimensions of the projection
 * @param projection        terms x dimensions, term-major: term t's value for dimension j at {@code t * dimensions + j}
 * @param meaningModel      the sentence model the meaning vectors came from; empty when the codebook has no meaning
 * @param meaningDimensions length of a meaning vector (0 without meaning)
 * @param wordWeight        weight of a request's words beside its meaning
 * @param threshold         a request whose similarity to its nearest theme is below this fits no theme
 * @param text              how texts became terms
 */
public record CodebookSpace(List<String> terms, List<String> labels, double[] idf, boolean sublinearTf,
                            int dimensions, float[] projection, String meaningModel, int meaningDimensions,
                            double wordWeight, double threshold, CodebookText text) {

    public CodebookSpace {
        terms = List.copyOf(terms);
        labels = List.copyOf(labels);
        Objects.requireNonNull(idf, "idf");
        Objects.requireNonNull(projection, "projection");
        Objects.requireNonNull(meaningModel, "meaningModel");
        Objects.requireNonNull(text, "text");
        if (terms.isEmpty()) {
            throw new IllegalArgumentException("A codebook needs a vocabulary of at least one term");
        }
        for (int t = 0; t < terms.size(); t++) {
            if (terms.get(t).isBlank() || (t > 0 && terms.get(t - 1).compareTo(terms.get(t)) >= 0)) {
                throw new IllegalArgumentException("The vocabulary's terms must be distinct, not blank and in order: '"
                        + terms.get(t) + "' (term " + (t + 1) + ")");
            }
        }
        if (labels.size() != terms.size() || idf.length != terms.size()) {
            throw new IllegalArgumentException("Each of the " + terms.size() + " terms needs one label and one idf: "
                    + labels.size() + " labels, " + idf.length + " idf values");
        }
        for (double v : idf) {
            if (!(v > 0) || Double.isInfinite(v)) {
                throw new IllegalArgumentException("An idf must be a positive number: " + v);
            }
        }
        if (dimensions < 1 || (long) terms.size() * dimensions != projection.length) {
            throw new IllegalArgumentException("The projection must hold terms x dimensions = " + terms.size() + " x "
                    + dimensions + " values: it holds " + projection.length);
        }
        for (float v : projection) {
            if (!Float.isFinite(v)) {
                throw new IllegalArgumentException("The projection holds a value that is not a number");
            }
        }
        if (meaningModel.isEmpty() != (meaningDimensions == 0) || meaningDimensions < 0) {
            throw new IllegalArgumentException("A codebook with meaning names its model and the length of its vectors; "
                    + "one without has neither: '" + meaningModel + "', " + meaningDimensions);
        }
        if (!(wordWeight > 0) || Double.isInfinite(wordWeight)) {
            throw new IllegalArgumentException("The weight of the words must be above 0: " + wordWeight);
        }
        if (!(threshold >= 0 && threshold < 1)) {
            throw new IllegalArgumentException("The similarity threshold must be from 0 to below 1: " + threshold);
        }
        idf = idf.clone();
        projection = projection.clone();
    }

    /** Whether requests are compared by their meaning beside their words. */
    public boolean hasMeaning() {
        return meaningDimensions > 0;
    }

    /** Length of a theme's centre: the words' dimensions, plus the meaning's when there is meaning. */
    public int centreDimensions() {
        return dimensions + meaningDimensions;
    }

    @Override
    public double[] idf() {
        return idf.clone();
    }

    @Override
    public float[] projection() {
        return projection.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CodebookSpace s && terms.equals(s.terms) && labels.equals(s.labels)
                && Arrays.equals(idf, s.idf) && sublinearTf == s.sublinearTf && dimensions == s.dimensions
                && Arrays.equals(projection, s.projection) && meaningModel.equals(s.meaningModel)
                && meaningDimensions == s.meaningDimensions && wordWeight == s.wordWeight && threshold == s.threshold
                && text.equals(s.text);
    }

    @Override
    public int hashCode() {
        return Objects.hash(terms, Arrays.hashCode(idf), dimensions, Arrays.hashCode(projection), meaningModel,
                meaningDimensions, wordWeight, threshold, text);
    }

    @Override
    public String toString() {
        return "CodebookSpace[" + terms.size() + " terms x " + dimensions + " dimensions"
                + (hasMeaning() ? ", meaning " + meaningModel : "") + "]";
    }
}
