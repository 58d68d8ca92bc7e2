package org.civicthemes.ui;

import java.util.List;
import org.civicthemes.analysis.SinceCodebook;
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
 * @param since     on a run placed by a codebook, the theme before and now ({@link SinceCodebook}); null otherwise
 *                  and for Unclear and No description
 */
public record ThemeRow(int themeId, String label, long size, double share, List<Long> monthly, ThemeChange change,
                       boolean special, int fileId, boolean proposed, String department, Since since) {

    public ThemeRow {
        monthly = List.copyOf(monthly);
        department = department == null ? "" : department;
    }

    /** The id as the themes table shows it: "12", or "19 new" for a proposed theme; empty for a special group. */
    public String shownId() {
        return special ? "" : proposed ? fileId + " new" : Integer.toString(fileId);
    }

    /** A row of a run found from scratch: ids are positions plus one, no department, nothing since a codebook. */
    public ThemeRow(int themeId, String label, long size, double share, List<Long> monthly, ThemeChange change,
                    boolean special) {
        this(themeId, label, size, share, monthly, change, special, special ? 0 : themeId + 1, false, "", null);
    }

    /**
     * A theme since the codebook, as the themes list shows it.
     *
     * @param proposed     a proposed new theme (no before, no change)
     * @param before       its requests before (0 for a proposed theme)
     * @param now          its requests now
     * @param changePoints the change of its share in percentage points (NaN for a proposed theme)
     */
    public record Since(boolean proposed, long before, long now, double changePoints) {

        static Since of(SinceCodebook since, int position) {
            if (since == null || position < 0) {
                return null;
            }
            return since.keptAt(position).map(k -> new Since(false, k.before(), k.now(), k.changePoints()))
                    .or(() -> since.proposedAt(position).map(p -> new Since(true, 0, p.now(), Double.NaN)))
                    .orElse(null);
        }

        /** "new" for a proposed theme, else the count before. */
        public String beforeText() {
            return proposed ? "new" : String.format(java.util.Locale.US, "%,d", before);
        }

        /** The change of share in percentage points ("+1.2"); empty for a proposed theme. */
        public String changeText() {
            return proposed ? "" : SinceCodebook.points(changePoints);
        }
    }
}
