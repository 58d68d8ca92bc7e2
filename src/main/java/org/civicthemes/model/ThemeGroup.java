package org.civicthemes.model;

/**
 * A special group of documents that belongs to no theme.
 *
 * @param label "Unclear" or "No description"
 * @param size  number of documents in the group
 * @param share size divided by the number of documents grouped in the run
 */
public record ThemeGroup(String label, int size, double share) {

    public static final String UNCLEAR = "Unclear";
    public static final String NO_DESCRIPTION = "No description";
}
