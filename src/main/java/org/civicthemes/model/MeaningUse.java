package org.civicthemes.model;

import java.util.Objects;

/**
 * Whether the meaning of the requests (sentence vectors) shaped a run's themes, and for how many of them.
 *
 * @param status    off (words only, as asked), on, or unavailable (asked for, but the model could not run here)
 * @param model     the sentence model's name, empty when off
 * @param grouped   documents with terms that were grouped
 * @param read      documents whose meaning was read (English ones, in the discovery sample)
 * @param byWords   documents grouped by their words alone: other languages, and beyond the discovery sample
 * @param detail    why meaning was unavailable, empty otherwise
 */
public record MeaningUse(Status status, String model, int grouped, int read, int byWords, String detail) {

    /** How a run used meaning. */
    public enum Status { OFF, ON, UNAVAILABLE }

    /** Words only, as asked. */
    public static final MeaningUse OFF = new MeaningUse(Status.OFF, "", 0, 0, 0, "");

    public MeaningUse {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(detail, "detail");
        if (grouped < 0 || read < 0 || byWords < 0 || read > grouped) {
            throw new IllegalArgumentException("Counts of a meaning run must be 0 <= read <= grouped: " + read
                    + " of " + grouped);
        }
    }

    /** Meaning could not be read: the run went on with words only. */
    public static MeaningUse unavailable(String detail) {
        return new MeaningUse(Status.UNAVAILABLE, "", 0, 0, 0, detail);
    }

    /** Whether sentence vectors shaped the themes. */
    public boolean used() {
        return status == Status.ON;
    }

    /** One line for people: "on (all-MiniLM-L6-v2: 19,210 of 20,000 requests; the rest by their words)". */
    public String describe() {
        return switch (status) {
            case OFF -> "off (themes from words only)";
            case UNAVAILABLE -> "unavailable, themes from words only: " + detail;
            case ON -> String.format(java.util.Locale.ROOT, "on (%s: meaning read for %,d of %,d requests%s)", model,
                    read, grouped, byWords > 0 ? String.format(java.util.Locale.ROOT,
                            "; %,d by their words alone: other languages, or beyond the sample themes are found on",
                            byWords) : "");
        };
    }
}
