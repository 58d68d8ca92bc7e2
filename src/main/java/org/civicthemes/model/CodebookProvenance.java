package org.civicthemes.model;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * Where and when a codebook was learned, so an analyst can tell which export and which choices its themes come from.
 *
 * @param sourceFile the export's file name
 * @param sha256     hex SHA-256 of the export's bytes (empty when unknown)
 * @param range      the days whose requests the themes were found in
 * @param requests   the requests of that range (each theme's share of them is how big it was)
 * @param options    all options of the run (count, seed, thresholds...), so it can be repeated
 * @param created    when the codebook was saved, an ISO-8601 instant such as 2026-12-07T10:15:30Z
 * @param grownFrom  the codebook this one was grown from (saved again from a run it placed), or {@link GrownFrom#NONE}
 *                   for a codebook made from themes found from scratch
 */
public record CodebookProvenance(String sourceFile, String sha256, DateRange range, int requests,
                                 ThemeOptions options, String created, GrownFrom grownFrom) {

    /**
     * The codebook a grown codebook was saved from.
     *
     * @param codebook   its file name
     * @param created    when it was saved
     * @param sourceFile the export it was learned from (or grown on)
     * @param nextId     its next free id (every id below it stays used)
     */
    public record GrownFrom(String codebook, String created, String sourceFile, int nextId) {
        /** Not grown: made from themes found from scratch. */
        public static final GrownFrom NONE = new GrownFrom("", "", "", 0);

        public GrownFrom {
            Objects.requireNonNull(codebook, "codebook");
            Objects.requireNonNull(created, "created");
            Objects.requireNonNull(sourceFile, "sourceFile");
        }

        /** Whether there is a codebook this one grew from. */
        public boolean present() {
            return !codebook.isEmpty();
        }
    }

    /** Made from themes found from scratch. */
    public CodebookProvenance(String sourceFile, String sha256, DateRange range, int requests, ThemeOptions options,
                              String created) {
        this(sourceFile, sha256, range, requests, options, created, GrownFrom.NONE);
    }

    public CodebookProvenance {
        Objects.requireNonNull(sourceFile, "sourceFile");
        sha256 = sha256 == null ? "" : sha256;
        if (!sha256.isEmpty() && !sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("The source's SHA-256 must be 64 hexadecimal digits: " + sha256);
        }
        Objects.requireNonNull(range, "range");
        if (requests < 0) {
            throw new IllegalArgumentException("A codebook cannot be learned on " + requests + " requests");
        }
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(created, "created");
        try {
            Instant.parse(created);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("The time a codebook was created must be like 2026-12-07T10:15:30Z: "
                    + created);
        }
        grownFrom = grownFrom == null ? GrownFrom.NONE : grownFrom;
    }
}
