package org.civicthemes.io.write;

import org.civicthemes.model.ThemeAssignment;

/**
 * Theme ids as files show them: themes count from 1 (largest first), Unclear is 0 and No description is -1,
 * so a spreadsheet can sort and filter them as numbers.
 */
final class ThemeIds {

    static final int UNCLEAR = 0;
    static final int NO_DESCRIPTION = -1;

    private ThemeIds() {
    }

    static int external(int internalId) {
        if (internalId == ThemeAssignment.UNCLEAR) {
            return UNCLEAR;
        }
        if (internalId == ThemeAssignment.NO_DESCRIPTION) {
            return NO_DESCRIPTION;
        }
        return internalId + 1;
    }
}
