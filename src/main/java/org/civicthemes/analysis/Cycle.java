package org.civicthemes.analysis;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** A cycle a request's time falls in: month of the year, day of the month, day of the week, hour of the day. */
public enum Cycle {
    MONTH_OF_YEAR(12),
    DAY_OF_MONTH(31),
    DAY_OF_WEEK(7),
    HOUR_OF_DAY(24);

    private final int bins;

    Cycle(int bins) {
        this.bins = bins;
    }

    public int bins() {
        return bins;
    }

    /** The bin of a time, from 0: January, the 1st, Monday, midnight to 1 am. */
    public int binOf(LocalDateTime time) {
        return switch (this) {
            case MONTH_OF_YEAR -> time.getMonthValue() - 1;
            case DAY_OF_MONTH -> time.getDayOfMonth() - 1;
            case DAY_OF_WEEK -> time.getDayOfWeek().getValue() - 1;
            case HOUR_OF_DAY -> time.getHour();
        };
    }

    /**
     * How much of each bin a day contributes to the exposure: a day is one day of its month, its day of the
     * month and its weekday; for hours, every day holds every hour once.
     */
    void addExposure(LocalDate day, double[] exposure) {
        if (this == HOUR_OF_DAY) {
            for (int h = 0; h < 24; h++) {
                exposure[h]++;
            }
        } else {
            exposure[binOf(day.atStartOfDay())]++;
        }
    }
}
