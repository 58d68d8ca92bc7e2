package org.civicthemes.analysis;

import org.civicthemes.model.ThemeAssignment;

/**
 * The group index the analyses count by: the themes' ids (0 to k-1), then Unclear (k), then No description
 * (k+1), so that every request of a run falls in one array slot.
 */
public final class ThemeGroups {

    private ThemeGroups() {
    }

    /** Number of groups for a run of {@code themes} themes. */
    public static int count(int themes) {
        return themes + 2;
    }

    /** The group of a theme id or special group ({@link ThemeAssignment#UNCLEAR}, {@link ThemeAssignment#NO_DESCRIPTION}). */
    public static int of(int themeId, int themes) {
        if (themeId == ThemeAssignment.UNCLEAR) {
            return themes;
        }
        if (themeId == ThemeAssignment.NO_DESCRIPTION) {
            return themes + 1;
        }
        return themeId;
    }

    /** The theme id or special group of a group index. */
    public static int themeId(int group, int themes) {
        if (group == themes) {
            return ThemeAssignment.UNCLEAR;
        }
        if (group == themes + 1) {
            return ThemeAssignment.NO_DESCRIPTION;
        }
        return group;
    }
}
