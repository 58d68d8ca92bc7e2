package org.civicthemes.analysis;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import org.civicthemes.model.DateRange;

/**
 * Named date ranges, relative to the last day of the data (an export is often weeks old, so "last 30 days"
 * means the data's last 30 days, not the calendar's).
 */
public enum DatePreset {
    ALL("All dates"),
    LAST_7_DAYS("Last 7 days"),
    LAST_30_DAYS("Last 30 days"),
    LAST_90_DAYS("Last 90 days"),
    THIS_MONTH("This month"),
    LAST_MONTH("Last month"),
    THIS_QUARTER("This quarter"),
    LAST_QUARTER("Last quarter"),
    THIS_YEAR("This year"),
    LAST_YEAR("Last year");

    private final String displayName;

    DatePreset(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }

    /**
     * The range this preset means for data whose last day is {@code lastDay}; {@link DateRange#ALL} when the data
     * has no dates.
     */
    public DateRange rangeFor(LocalDate lastDay) {
        if (lastDay == null || this == ALL) {
            return DateRange.ALL;
        }
        LocalDate monthStart = lastDay.withDayOfMonth(1);
        LocalDate quarterStart = lastDay.with(IsoFields.DAY_OF_QUARTER, 1);
        LocalDate yearStart = lastDay.withDayOfYear(1);
        return switch (this) {
            case LAST_7_DAYS -> new DateRange(lastDay.minusDays(6), lastDay);
            case LAST_30_DAYS -> new DateRange(lastDay.minusDays(29), lastDay);
            case LAST_90_DAYS -> new DateRange(lastDay.minusDays(89), lastDay);
            case THIS_MONTH -> new DateRange(monthStart, lastDay);
            case LAST_MONTH -> new DateRange(monthStart.minusMonths(1), monthStart.minusDays(1));
            case THIS_QUARTER -> new DateRange(quarterStart, lastDay);
            case LAST_QUARTER -> new DateRange(quarterStart.minusMonths(3), quarterStart.minusDays(1));
            case THIS_YEAR -> new DateRange(yearStart, lastDay);
            case LAST_YEAR -> new DateRange(yearStart.minusYears(1), yearStart.minusDays(1));
            case ALL -> DateRange.ALL;
        };
    }
}
