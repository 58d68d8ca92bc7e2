package org.civicthemes.ui;

import java.util.List;
import org.civicthemes.analysis.ThemeChange;

/**
 * One line of the themes table: a theme, or the Unclear or No description group, counted in the filter.
 *
 * @param themeId   the theme id, or {@code ThemeAssignment.UNCLEAR} / {@code NO_DESCRIPTION}
 * @param label     what the analyst reads
 * @param size      requests in the filter
 * @param share     size divided by the requests in the filter
 * @param monthly   requests per month over the filter's span, for the sparkline
 * @param change    the latest month in the filter against the month before it, as every face shows it
 *                  ({@link ThemeChange}); null for a row that is only a move target
 * @param special   true for Unclear and No description
 * @param fileId    the id files show for the theme (a codebook's id in a run it placed); 0 for a special group
 * @param proposed  true for a proposed new theme of a run placed by a codebook
 * @param department the department the theme's requests go to; empty for none
 */
public record ThemeRow(int themeId, String label, long size, double share, List<Long> monthly, ThemeChange change,
                       boolean special, int fileId, boolean proposed, String department) {

    /** A row without a codebook's id or a department: ids are positions plus one. */
    public ThemeRow(int themeId, String label, long size, double share, List<Long> monthly, ThemeChange change,
                    boolean special) {
        this(themeId, label, size, share, monthly, change, special, special ? 0 : themeId + 1, false, "");
    }

    public ThemeRow {
        monthly = List.copyOf(monthly);
        department = department == null ? "" : department;
    }

    /** The id as the themes table shows it: "12", or "19 new" for a proposed theme; empty for a special group. */
    public String shownId() {
        return special ? "" : proposed ? fileId + " new" : Integer.toString(fileId);
    }
}
