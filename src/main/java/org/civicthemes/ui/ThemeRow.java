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
 */
public record ThemeRow(int themeId, String label, long size, double share, List<Long> monthly, ThemeChange change,
                       boolean special) {

    public ThemeRow {
        monthly = List.copyOf(monthly);
    }
}
