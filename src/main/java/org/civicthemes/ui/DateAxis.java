package org.civicthemes.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.chart.ValueAxis;

/**
 * A time axis over days since 1970 whose ticks fall on calendar boundaries people read: the first of every
 * month, quarter or half-year for long spans, Mondays or single days for short ones.
 */
final class DateAxis extends ValueAxis<Number> {

    private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("MMM d", Locale.US);
    private static final int MAX_TICKS = 10;

    private final boolean shortSpan;

    DateAxis(LocalDate first, LocalDate last) {
        super(first.toEpochDay(), Math.max(first.toEpochDay() + 1, last.toEpochDay()));
        setAutoRanging(false);
        setMinorTickVisible(false);
        shortSpan = ChronoUnit.DAYS.between(first, last) <= 120;
    }

    @Override
    protected List<Number> calculateTickValues(double length, Object range) {
        double[] bounds = (double[]) range;
        LocalDate first = LocalDate.ofEpochDay((long) Math.ceil(bounds[0]));
        LocalDate last = LocalDate.ofEpochDay((long) Math.floor(bounds[1]));
        return ticks(first, last).stream().map(d -> (Number) d.toEpochDay()).toList();
    }

    @Override
    protected List<Number> calculateMinorTickMarks() {
        return List.of();
    }

    @Override
    protected Object getRange() {
        return new double[] {getLowerBound(), getUpperBound()};
    }

    @Override
    protected void setRange(Object range, boolean animate) {
        double[] bounds = (double[]) range;
        setLowerBound(bounds[0]);
        setUpperBound(bounds[1]);
        currentLowerBound.set(bounds[0]);
    }

    @Override
    protected String getTickMarkLabel(Number value) {
        LocalDate day = LocalDate.ofEpochDay(Math.round(value.doubleValue()));
        return shortSpan ? SHORT_DAY.format(day) : ChartFormat.month(day);
    }

    /** At most {@value #MAX_TICKS} calendar boundaries from {@code first} to {@code last}. */
    static List<LocalDate> ticks(LocalDate first, LocalDate last) {
        long days = ChronoUnit.DAYS.between(first, last);
        List<LocalDate> ticks = new ArrayList<>();
        if (days <= 120) {
            long step = Math.max(1, (long) Math.ceil(days / (double) MAX_TICKS));
            step = step > 3 ? 7 * (long) Math.ceil(step / 7.0) : step;
            LocalDate start = step >= 7 ? first.plusDays((8 - first.getDayOfWeek().getValue()) % 7) : first;
            for (LocalDate d = start; !d.isAfter(last); d = d.plusDays(step)) {
                ticks.add(d);
            }
            return ticks;
        }
        long months = ChronoUnit.MONTHS.between(first.withDayOfMonth(1), last.withDayOfMonth(1));
        int step = 1;
        for (int candidate : new int[] {1, 2, 3, 6, 12, 24, 60}) {
            step = candidate;
            if (months / candidate < MAX_TICKS) {
                break;
            }
        }
        LocalDate d = first.getDayOfMonth() == 1 ? first : first.withDayOfMonth(1).plusMonths(1);
        while ((d.getMonthValue() - 1) % Math.min(step, 12) != 0) {
            d = d.plusMonths(1);
        }
        for (; !d.isAfter(last); d = d.plusMonths(step)) {
            ticks.add(d);
        }
        return ticks;
    }
}
