package org.civicthemes.model;

import java.util.List;
import java.util.Objects;

/**
 * The result of grouping documents into themes.
 *
 * @param themes        the themes, largest first, ties by label; a theme's id is its position here
 * @param assignment    the theme id or special group of every document
 * @param unclear       documents that fit no theme well (below the similarity threshold to their centre)
 * @param noDescription documents without any term
 * @param options       the options of the run
 * @param kScores       the score of every number of themes tried when it was chosen automatically; empty otherwise
 * @param meaning       whether the meaning of the requests (sentence vectors) shaped the themes
 */
public record ThemeSet(List<Theme> themes, ThemeAssignment assignment, ThemeGroup unclear, ThemeGroup noDescription,
                       ThemeOptions options, List<KScore> kScores, MeaningUse meaning) {

    /** Themes found from words only. */
    public ThemeSet(List<Theme> themes, ThemeAssignment assignment, ThemeGroup unclear, ThemeGroup noDescription,
                    ThemeOptions options, List<KScore> kScores) {
        this(themes, assignment, unclear, noDescription, options, kScores, MeaningUse.OFF);
    }

    public ThemeSet {
        themes = List.copyOf(themes);
        Objects.requireNonNull(assignment, "assignment");
        Objects.requireNonNull(unclear, "unclear");
        Objects.requireNonNull(noDescription, "noDescription");
        Objects.requireNonNull(options, "options");
        kScores = List.copyOf(kScores);
        Objects.requireNonNull(meaning, "meaning");
        for (int i = 0; i < themes.size(); i++) {
            if (themes.get(i).id() != i) {
                throw new IllegalArgumentException("Theme ids must be their positions: " + themes.get(i).id() + " at " + i);
            }
        }
    }

    /** A group's share of the documents grouped in a run: 0 when nothing was grouped. */
    public static double share(long size, long grouped) {
        return grouped == 0 ? 0 : size / (double) grouped;
    }
}
