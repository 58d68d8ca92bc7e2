package org.civicthemes.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.civicthemes.model.DateRange;

/** Counts per group per period over a date range, from precomputed day counts. */
public final class Trends {

    private Trends() {
    }

    /**
     * Every group's count in every period that meets the range, periods in order, groups in index order.
     * Periods at the edges count only their days inside the range.
     */
    public static List<TrendPoint> of(ThemeDayCounts counts, DateRange range, Period period) {
        List<TrendPoint> points = new ArrayList<>();
        if (counts.firstDay() == null) {
            return points;
        }
        LocalDate from = range.from() == null || range.from().isBefore(counts.firstDay()) ? counts.firstDay() : range.from();
        LocalDate to = range.to() == null || range.to().isAfter(counts.lastDay()) ? counts.lastDay() : range.to();
        for (LocalDate start = period.startOf(from); !start.isAfter(to); start = period.next(start)) {
            LocalDate end = period.next(start).minusDays(1);
            DateRange slice = new DateRange(start.isBefore(from) ? from : start, end.isAfter(to) ? to : end);
            RangeCounts inSlice = counts.countsIn(slice);
            for (int g = 0; g < counts.groups(); g++) {
                points.add(new TrendPoint(g, start, period.label(start), inSlice.count(g), inSlice.share(g)));
            }
        }
        return points;
    }
}
