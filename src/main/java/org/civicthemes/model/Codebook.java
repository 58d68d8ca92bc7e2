package org.civicthemes.model;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The analyst's themes kept for later exports: per theme a stable id, a name, and the centre a new request is
 * compared with, plus the space requests are compared in and where the themes were learned. A request's theme is a
 * function of its text and the codebook alone. Immutable and validated: at least one theme, ids distinct and below
 * {@code nextId} (ids are never reused), names distinct, centres as long as the space says.
 *
 * @param format        always {@value #FORMAT}
 * @param formatVersion the version of the codebook's layout, {@value #FORMAT_VERSION}
 * @param themes        the themes, in increasing id order
 * @param nextId        the id the next new theme gets
 * @param space         how a new request is turned into a vector
 * @param provenance    where and when the themes were learned
 */
public record Codebook(String format, int formatVersion, List<CodebookTheme> themes, int nextId, CodebookSpace space,
                       CodebookProvenance provenance) {

    public static final String FORMAT = "civicthemes-codebook";
    public static final int FORMAT_VERSION = 1;
    /** Most example requests kept per theme. */
    public static final int MAX_EXAMPLES = 5;

    public Codebook {
        if (!FORMAT.equals(format) || formatVersion != FORMAT_VERSION) {
            throw new IllegalArgumentException("This version reads codebooks of format " + FORMAT + " "
                    + FORMAT_VERSION + ", not " + format + " " + formatVersion);
        }
        themes = List.copyOf(themes);
        Objects.requireNonNull(space, "space");
        Objects.requireNonNull(provenance, "provenance");
        if (themes.isEmpty()) {
            throw new IllegalArgumentException("A codebook needs at least one theme");
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < themes.size(); i++) {
            CodebookTheme t = themes.get(i);
            if (i > 0 && themes.get(i - 1).id() >= t.id()) {
                throw new IllegalArgumentException(themes.get(i - 1).id() == t.id()
                        ? "Theme id " + t.id() + " is used twice"
                        : "Themes must be listed in increasing id order: " + t.id() + " after " + themes.get(i - 1).id());
            }
            if (!names.add(t.name().toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("Two themes are called '" + t.name() + "'");
            }
            if (t.centre().length != space.centreDimensions() || t.wordsCentre().length != space.dimensions()) {
                throw new IllegalArgumentException("Theme " + t.id() + " has centres of " + t.centre().length + " and "
                        + t.wordsCentre().length + " values; the codebook's space needs " + space.centreDimensions()
                        + " and " + space.dimensions());
            }
        }
        if (nextId <= themes.get(themes.size() - 1).id()) {
            throw new IllegalArgumentException("The next free id (" + nextId + ") must be above every theme's id ("
                    + themes.get(themes.size() - 1).id() + "): ids are never reused");
        }
    }

    /** A codebook in the current format. */
    public static Codebook of(List<CodebookTheme> themes, int nextId, CodebookSpace space, CodebookProvenance provenance) {
        return new Codebook(FORMAT, FORMAT_VERSION, themes, nextId, space, provenance);
    }

    public Optional<CodebookTheme> theme(int id) {
        return themes.stream().filter(t -> t.id() == id).findFirst();
    }
}
