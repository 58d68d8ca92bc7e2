package org.civicthemes.text;

import java.util.Objects;

/**
 * How two-word phrases are found: bigrams of adjacent kept tokens (no stopword, number or punctuation
 * between them) seen at least {@code minCount} times whose normalized pointwise mutual information is at
 * least {@code minNpmi}.
 *
 * @param enabled whether phrases are detected at all
 * @param mode    whether a phrase replaces its two words or is added to them
 * @param minCount  fewest occurrences of a phrase in the corpus, {@value #MIN_COUNT_LOWEST}..{@value #MIN_COUNT_HIGHEST}
 * @param minNpmi   lowest NPMI (-1 never together, 0 independent, 1 always together), {@value #NPMI_LOWEST}..{@value #NPMI_HIGHEST}
 */
public record PhraseOptions(boolean enabled, PhraseMode mode, int minCount, double minNpmi) {

    public static final int MIN_COUNT_LOWEST = 2;
    public static final int MIN_COUNT_HIGHEST = 1_000_000;
    public static final int DEFAULT_MIN_COUNT = 10;
    public static final double NPMI_LOWEST = 0.0;
    public static final double NPMI_HIGHEST = 1.0;
    public static final double DEFAULT_MIN_NPMI = 0.4;

    public static final PhraseOptions DEFAULTS = new PhraseOptions(true, PhraseMode.ADD, DEFAULT_MIN_COUNT, DEFAULT_MIN_NPMI);
    public static final PhraseOptions OFF = DEFAULTS.withEnabled(false);

    public PhraseOptions {
        Objects.requireNonNull(mode, "mode: REPLACE or ADD");
        if (minCount < MIN_COUNT_LOWEST || minCount > MIN_COUNT_HIGHEST) {
            throw new IllegalArgumentException("minCount must be between " + MIN_COUNT_LOWEST + " and " + MIN_COUNT_HIGHEST
                    + ": " + minCount);
        }
        if (!(minNpmi >= NPMI_LOWEST && minNpmi <= NPMI_HIGHEST)) {
            throw new IllegalArgumentException("minNpmi must be between " + NPMI_LOWEST + " and " + NPMI_HIGHEST + ": " + minNpmi);
        }
    }

    public PhraseOptions withEnabled(boolean value) {
        return new PhraseOptions(value, mode, minCount, minNpmi);
    }

    public PhraseOptions withMode(PhraseMode value) {
        return new PhraseOptions(enabled, value, minCount, minNpmi);
    }

    public PhraseOptions withMinCount(int value) {
        return new PhraseOptions(enabled, mode, value, minNpmi);
    }

    public PhraseOptions withMinNpmi(double value) {
        return new PhraseOptions(enabled, mode, minCount, value);
    }
}
