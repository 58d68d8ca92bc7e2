package org.civicthemes.model;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One theme of a {@link Codebook}: what the analyst calls it and where its requests go, and the centre a new request
 * is compared with. Immutable (the centres are copied in and out).
 *
 * @param id          stable id, 1 or more; never reused for another theme of the same codebook
 * @param name        the analyst's name for the theme
 * @param description what the theme covers, for people; may be empty
 * @param department  the department its requests go to; may be empty
 * @param examples    up to {@value Codebook#MAX_EXAMPLES} example request texts, redacted
 * @param requests    its requests in the run the codebook was made from (to say what changed since)
 * @param centre      unit centre in the space requests are compared in: words and meaning side by side when the
 *                    codebook was made with meaning, else the words alone
 * @param wordsCentre unit centre of its requests' words alone, for requests whose meaning is not read
 */
public record CodebookTheme(int id, String name, String description, String department, List<String> examples,
                            int requests, float[] centre, float[] wordsCentre) {

    public CodebookTheme {
        if (id < 1) {
            throw new IllegalArgumentException("A theme id is a whole number from 1: " + id);
        }
        name = Objects.requireNonNull(name, "name").strip();
        if (name.isEmpty() || name.length() > ThemeEdit.MAX_LABEL) {
            throw new IllegalArgumentException("Theme " + id + " needs a name of 1 to " + ThemeEdit.MAX_LABEL
                    + " characters");
        }
        description = description == null ? "" : description.strip();
        department = department == null ? "" : department.strip();
        examples = List.copyOf(examples);
        if (examples.size() > Codebook.MAX_EXAMPLES) {
            throw new IllegalArgumentException("Theme " + id + " has " + examples.size() + " examples; at most "
                    + Codebook.MAX_EXAMPLES + " are kept");
        }
        if (requests < 0) {
            throw new IllegalArgumentException("Theme " + id + " cannot have " + requests + " requests");
        }
        centre = checkedUnit(centre, id, "centre");
        wordsCentre = checkedUnit(wordsCentre, id, "words centre");
    }

    /** A copy of the centre. */
    @Override
    public float[] centre() {
        return centre.clone();
    }

    /** A copy of the words centre. */
    @Override
    public float[] wordsCentre() {
        return wordsCentre.clone();
    }

    private static float[] checkedUnit(float[] values, int id, String what) {
        Objects.requireNonNull(values, what);
        double norm = 0;
        for (float v : values) {
            if (!Float.isFinite(v)) {
                throw new IllegalArgumentException("Theme " + id + " has a " + what + " that is not a number");
            }
            norm += (double) v * v;
        }
        if (values.length == 0 || Math.abs(norm - 1) > 1e-3) {
            throw new IllegalArgumentException("Theme " + id + " has a " + what + " that is not of unit length");
        }
        return values.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CodebookTheme t && id == t.id && name.equals(t.name) && description.equals(t.description)
                && department.equals(t.department) && examples.equals(t.examples) && requests == t.requests
                && Arrays.equals(centre, t.centre)
                && Arrays.equals(wordsCentre, t.wordsCentre);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, name, description, department, examples, Arrays.hashCode(centre),
                Arrays.hashCode(wordsCentre));
    }

    @Override
    public String toString() {
        return "CodebookTheme[" + id + " '" + name + "']";
    }
}
