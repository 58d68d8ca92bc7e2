package org.civicthemes.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Themes found over the requests of a dataset: which requests were grouped, and what the text step
 * found in them.
 *
 * @param themes           the themes; document {@code i} of the theme set is request {@code requestIndexes.get(i)}
 * @param requestIndexes   positions in {@link Dataset#requests()} of the grouped requests, in order
 * @param range            the date range the requests were taken from
 * @param redactions       personal data replaced in the texts, by kind ("phone" -> 212)
 * @param languages        requests by detected language ("en" -> 18,905)
 * @param identity         the ids files show for the themes: positions, or a codebook's ids
 */
public record ThemeRun(ThemeSet themes, List<Integer> requestIndexes, DateRange range, Map<String, Long> redactions,
                       Map<String, Integer> languages, ThemeIdentity identity) {

    /** A run found from scratch: its themes are numbered by position. */
    public ThemeRun(ThemeSet themes, List<Integer> requestIndexes, DateRange range, Map<String, Long> redactions,
                    Map<String, Integer> languages) {
        this(themes, requestIndexes, range, redactions, languages, ThemeIdentity.POSITIONS);
    }

    public ThemeRun {
        Objects.requireNonNull(themes, "themes");
        Objects.requireNonNull(range, "range");
        requestIndexes = List.copyOf(requestIndexes);
        redactions = java.util.Collections.unmodifiableMap(new TreeMap<>(redactions));
        languages = java.util.Collections.unmodifiableMap(new TreeMap<>(languages));
        if (requestIndexes.size() != themes.assignment().documentCount()) {
            throw new IllegalArgumentException("One request index per grouped document: " + requestIndexes.size()
                    + " for " + themes.assignment().documentCount());
        }
        Objects.requireNonNull(identity, "identity");
        if (!identity.ids().isEmpty() && identity.ids().size() != themes.themes().size()) {
            throw new IllegalArgumentException("One id per theme: " + identity.ids().size() + " for "
                    + themes.themes().size());
        }
        if (!identity.departments().isEmpty() && identity.departments().size() != themes.themes().size()) {
            throw new IllegalArgumentException("One department per theme: " + identity.departments().size() + " for "
                    + themes.themes().size());
        }
    }

    /** The number of requests grouped. */
    public int size() {
        return requestIndexes.size();
    }

    /** The label of a theme id or special group, as the analyst reads it. */
    public String labelOf(int themeId) {
        if (themeId == ThemeAssignment.UNCLEAR) {
            return ThemeGroup.UNCLEAR;
        }
        if (themeId == ThemeAssignment.NO_DESCRIPTION) {
            return ThemeGroup.NO_DESCRIPTION;
        }
        if (themeId < 0 || themeId >= themes.themes().size()) {
            return "";
        }
        return themes.themes().get(themeId).label();
    }
}
