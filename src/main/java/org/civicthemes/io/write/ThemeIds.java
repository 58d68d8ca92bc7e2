package org.civicthemes.io.write;

import org.civicthemes.model.ThemeAssignment;
import org.civicthemes.model.ThemeRun;

/**
 * Theme ids as files show them: themes count from 1 (largest first), Unclear is 0 and No description is -1,
 * so a spreadsheet can sort and filter them as numbers. A run placed by a codebook shows the codebook's ids.
 */
final class ThemeIds {

    static final int UNCLEAR = 0;
    static final int NO_DESCRIPTION = -1;

    private ThemeIds() {
    }

    /** The id a file shows: the run's own (a codebook's ids, or positions from 1), 0 or -1 for the special groups. */
    static int external(ThemeRun run, int internalId) {
        if (internalId == ThemeAssignment.UNCLEAR) {
            return UNCLEAR;
        }
        if (internalId == ThemeAssignment.NO_DESCRIPTION) {
            return NO_DESCRIPTION;
        }
        return run.identity().idOf(internalId);
    }
}
