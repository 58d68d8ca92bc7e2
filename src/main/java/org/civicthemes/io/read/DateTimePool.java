package org.civicthemes.io.read;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.Map;

/**
 * Shares the day and the time-of-day parts of request dates. A LocalDateTime is three objects (itself, a LocalDate and
 * a LocalTime, 24 bytes each); a million requests fall on a few thousand days and at most 86,400 seconds of the day,
 * so sharing the parts saves about 48 bytes a date, some 100 MB on a million rows with created and closed dates.
 * Whole-second times are looked up by their second of the day and the day of the previous date is tried first
 * (exports are usually in date order), so most dates cost no hashing. Stops pooling past a limit, like
 * {@link StringPool}.
 */
final class DateTimePool {

    private static final int MAX_VALUES = 100_000;
    private final Map<LocalDate, LocalDate> days = new HashMap<>();
    private final LocalTime[] wholeSeconds = new LocalTime[24 * 60 * 60];
    private final Map<LocalTime, LocalTime> otherTimes = new HashMap<>();
    private LocalDate lastDay;

    /** An equal date-time made of shared parts (null stays null). */
    LocalDateTime share(LocalDateTime value) {
        if (value == null) {
            return null;
        }
        return LocalDateTime.of(day(value.toLocalDate()), time(value.toLocalTime()));
    }

    private LocalDate day(LocalDate value) {
        if (value.equals(lastDay)) {
            return lastDay;
        }
        lastDay = pooled(days, value);
        return lastDay;
    }

    private LocalTime time(LocalTime value) {
        if (value.getNano() != 0) {
            return pooled(otherTimes, value);
        }
        int second = value.toSecondOfDay();
        LocalTime shared = wholeSeconds[second];
        if (shared == null) {
            wholeSeconds[second] = value;
            return value;
        }
        return shared;
    }

    private static <T> T pooled(Map<T, T> pool, T value) {
        T shared = pool.get(value);
        if (shared != null) {
            return shared;
        }
        if (pool.size() < MAX_VALUES) {
            pool.put(value, value);
        }
        return value;
    }
}
