package org.civicthemes.ui;

/**
 * A row of the results' themes table: a theme of the Spark run (or Unclear, No description) with its requests in the
 * whole set and in the filter.
 *
 * @param themeId  the id the charts use (a position; {@code -1} Unclear, {@code -2} No description)
 * @param jobId    the id in the results (the codebook's id; 0 Unclear, -1 No description)
 * @param inFilter requests that pass the filter, or {@link #NOT_COUNTED} while the charts count them
 */
public record ResultThemeRow(int themeId, int jobId, String name, boolean proposed, long requests, double share,
                             long inFilter) {

    /** The requests in the filter of a row whose count is not known yet. */
    public static final long NOT_COUNTED = -1;

    /** Unclear or No description rather than a theme. */
    public boolean special() {
        return themeId < 0;
    }
}
