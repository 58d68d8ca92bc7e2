package org.civicthemes.model;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Everything needed to show an analysis again exactly as it was saved: the source file, how it was read, how its
 * themes were found, and the analyst's edits. Opening a project imports the source again, finds the themes with the
 * same options and seed, and replays the edits in order.
 *
 * @param source           the export and its fingerprint
 * @param reading          how the export was read
 * @param themeOptions     how the themes were found, seed included
 * @param keptPersonalData kinds of personal data left in the text, by name (phone, email, ...); others are redacted
 * @param extraStopwords   words the analyst excluded from the terms
 * @param themeRange       the days whose requests were grouped into themes
 * @param viewRange        the days shown in the views, a filter over the themes found
 * @param edits            the analyst's edits to the themes, in the order they were made
 * @param codebook         the absolute path of the codebook whose themes the requests were given (then the themes
 *                         are placed by it again, not found), or empty for themes found from scratch
 */
public record Project(ProjectSource source, ImportOptions reading, ThemeOptions themeOptions,
                      Set<String> keptPersonalData, Set<String> extraStopwords, DateRange themeRange,
                      DateRange viewRange, List<ThemeEdit> edits, String codebook) {

    /** Themes found from scratch. */
    public Project(ProjectSource source, ImportOptions reading, ThemeOptions themeOptions,
                   Set<String> keptPersonalData, Set<String> extraStopwords, DateRange themeRange,
                   DateRange viewRange, List<ThemeEdit> edits) {
        this(source, reading, themeOptions, keptPersonalData, extraStopwords, themeRange, viewRange, edits, "");
    }

    public Project {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(reading, "reading");
        Objects.requireNonNull(themeOptions, "themeOptions");
        keptPersonalData = java.util.Collections.unmodifiableSet(new TreeSet<>(keptPersonalData));
        extraStopwords = java.util.Collections.unmodifiableSet(new TreeSet<>(extraStopwords));
        themeRange = themeRange == null ? DateRange.ALL : themeRange;
        viewRange = viewRange == null ? DateRange.ALL : viewRange;
        edits = List.copyOf(edits);
        codebook = codebook == null ? "" : codebook.strip();
    }

    /** Whether the themes were placed by a codebook. */
    public boolean usesCodebook() {
        return !codebook.isEmpty();
    }

    public Project withSource(ProjectSource other) {
        return new Project(other, reading, themeOptions, keptPersonalData, extraStopwords, themeRange, viewRange, edits,
                codebook);
    }
}
