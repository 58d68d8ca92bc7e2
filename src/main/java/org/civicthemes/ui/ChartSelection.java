package org.civicthemes.ui;

import java.util.Objects;
import org.civicthemes.model.DateRange;
import org.civicthemes.model.ThemeAssignment;

/**
 * What the analyst clicked in a chart, for the request table to narrow to: a theme (or {@link #ANY_THEME}),
 * optionally one category or district value (empty for any) and a date range ({@link DateRange#ALL} for any).
 *
 * @param themeId  a theme id as in {@link ThemeAssignment}: 0 to k-1, {@link ThemeAssignment#UNCLEAR} or
 *                 {@link ThemeAssignment#NO_DESCRIPTION}; {@link #ANY_THEME} when the click named no theme
 * @param category the category value clicked, empty for any
 * @param district the district value clicked, empty for any
 * @param range    the period clicked (a month of a trend, the latest period of an emerging theme), ALL for any
 */
public record ChartSelection(int themeId, String category, String district, DateRange range) {

    /** No theme was named by the click (-1 is {@link ThemeAssignment#UNCLEAR}, so it cannot mean "none"). */
    public static final int ANY_THEME = Integer.MIN_VALUE;

    public ChartSelection {
        Objects.requireNonNull(range, "range");
        category = category == null ? "" : category;
        district = district == null ? "" : district;
    }

    /** A click on one theme (a bar, a heatmap row). */
    public static ChartSelection theme(int themeId) {
        return new ChartSelection(themeId, "", "", DateRange.ALL);
    }

    public boolean hasTheme() {
        return themeId != ANY_THEME;
    }

    public ChartSelection withCategory(String value) {
        return new ChartSelection(themeId, value, district, range);
    }

    public ChartSelection withDistrict(String value) {
        return new ChartSelection(themeId, category, value, range);
    }

    public ChartSelection withRange(DateRange value) {
        return new ChartSelection(themeId, category, district, value);
    }
}
