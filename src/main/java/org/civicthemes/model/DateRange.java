package org.civicthemes.model;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * An inclusive range of days in the data's local time. Either end may be null for an open end.
 */
public record DateRange(LocalDate from, LocalDate to) {

    public static final DateRange ALL = new DateRange(null, null);

    public DateRange {
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("The range ends (" + to + ") before it starts (" + from + ")");
        }
    }

    public boolean contains(LocalDate day) {
        return day != null && (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
    }

    public boolean contains(LocalDateTime time) {
        return time != null && contains(time.toLocalDate());
    }

    public boolean isAll() {
        return from == null && to == null;
    }
}
