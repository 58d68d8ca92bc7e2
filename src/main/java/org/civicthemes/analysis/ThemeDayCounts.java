package org.civicthemes.analysis;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.civicthemes.model.Dataset;
import org.civicthemes.model.DateRange;
import org.civicthemes.model.RequestCube;
import org.civicthemes.model.ThemeAssignment;
import org.civicthemes.model.ThemeRun;

/**
 * Requests per day of every theme, precomputed once as running sums, so that the counts of any date range
 * cost one subtraction per theme instead of a pass over the requests. Requests without a created date are
 * counted apart, never dropped.
 *
 * <p>Groups are indexed as the themes' ids (0 to k-1), then {@link #unclearGroup()} and
 * {@link #noDescriptionGroup()}.
 */
public final class ThemeDayCounts {

    private final LocalDate firstDay;
    private final int days;
    private final long[][] cumulative;
    private final long[] undated;

    private ThemeDayCounts(LocalDate firstDay, int days, long[][] cumulative, long[] undated) {
        this.firstDay = firstDay;
        this.days = days;
        this.cumulative = cumulative;
        this.undated = undated;
    }

    /** Counts the grouped requests of a run by theme and created day. */
    public static ThemeDayCounts of(Dataset dataset, ThemeRun run) {
        int themes = run.themes().themes().size();
        RequestDays requestDays = RequestDays.of(dataset);
        int n = run.size();
        int[] dayOf = new int[n];
        int[] groupOf = new int[n];
        ThemeAssignment assignment = run.themes().assignment();
        for (int doc = 0; doc < n; doc++) {
            int day = requestDays.epochDay(run.requestIndexes().get(doc));
            dayOf[doc] = day == RequestDays.UNDATED ? RequestCube.UNDATED : day;
            groupOf[doc] = ThemeGroups.of(assignment.themeOf(doc), themes);
        }
        return counted(ThemeGroups.count(themes), dayOf, groupOf, null);
    }

    /** Counts the requests of a cube by theme and created day: the same counts as the rows the cube was made of. */
    public static ThemeDayCounts of(RequestCube cube) {
        int n = cube.size();
        int[] dayOf = new int[n];
        int[] groupOf = new int[n];
        long[] weights = new long[n];
        for (int cell = 0; cell < n; cell++) {
            dayOf[cell] = cube.day(cell);
            groupOf[cell] = ThemeGroups.of(cube.themeId(cell), cube.themes());
            weights[cell] = cube.requests(cell);
        }
        return counted(ThemeGroups.count(cube.themes()), dayOf, groupOf, weights);
    }

    /** Running sums of the items' weights (1 each when null) per group and day. */
    private static ThemeDayCounts counted(int groups, int[] dayOf, int[] groupOf, long[] weights) {
        int firstDay = Integer.MAX_VALUE;
        int lastDay = Integer.MIN_VALUE;
        for (int i = 0; i < dayOf.length; i++) {
            if (dayOf[i] != RequestCube.UNDATED && (weights == null || weights[i] > 0)) {
                firstDay = Math.min(firstDay, dayOf[i]);
                lastDay = Math.max(lastDay, dayOf[i]);
            }
        }
        LocalDate first = firstDay == Integer.MAX_VALUE ? null : LocalDate.ofEpochDay(firstDay);
        int days = first == null ? 0 : lastDay - firstDay + 1;
        long[][] perDay = new long[groups][days + 1];
        long[] undated = new long[groups];
        for (int i = 0; i < dayOf.length; i++) {
            long weight = weights == null ? 1 : weights[i];
            if (weight == 0) {
                continue;
            }
            if (dayOf[i] == RequestCube.UNDATED) {
                undated[groupOf[i]] += weight;
            } else {
                perDay[groupOf[i]][dayOf[i] - firstDay + 1] += weight;
            }
        }
        for (long[] series : perDay) {
            for (int d = 1; d <= days; d++) {
                series[d] += series[d - 1];
            }
        }
        return new ThemeDayCounts(first, days, perDay, undated);
    }

    /** Number of groups: the themes, then Unclear, then No description. */
    public int groups() {
        return cumulative.length;
    }

    public int unclearGroup() {
        return groups() - 2;
    }

    public int noDescriptionGroup() {
        return groups() - 1;
    }

    /** The first day with a dated request, or null when no request has a date. */
    public LocalDate firstDay() {
        return firstDay;
    }

    /** The last day with a dated request, or null when no request has a date. */
    public LocalDate lastDay() {
        return firstDay == null ? null : firstDay.plusDays(days - 1L);
    }

    /** Requests of a group created in the range (inclusive); undated requests are never in a range. */
    public long count(int group, DateRange range) {
        if (firstDay == null) {
            return 0;
        }
        int from = range.from() == null ? 0 : (int) Math.max(0, ChronoUnit.DAYS.between(firstDay, range.from()));
        int to = range.to() == null ? days - 1 : (int) Math.min(days - 1L, ChronoUnit.DAYS.between(firstDay, range.to()));
        if (to < from) {
            return 0;
        }
        return cumulative[group][to + 1] - cumulative[group][from];
    }

    /** Requests of a group without a created date. */
    public long undated(int group) {
        return undated[group];
    }

    /**
     * The counts of the days of {@code range} only, as if the requests outside it had never been counted: first and
     * last day are those with a request in the range; undated requests stay only when the range is all days.
     */
    public ThemeDayCounts within(DateRange range) {
        if (range.isAll() || firstDay == null) {
            return this;
        }
        int from = range.from() == null ? 0 : (int) Math.max(0, ChronoUnit.DAYS.between(firstDay, range.from()));
        int to = range.to() == null ? days - 1 : (int) Math.min(days - 1L, ChronoUnit.DAYS.between(firstDay, range.to()));
        while (from <= to && dayTotal(from) == 0) {
            from++;
        }
        while (to >= from && dayTotal(to) == 0) {
            to--;
        }
        long[] noUndated = new long[groups()];
        if (to < from) {
            return new ThemeDayCounts(null, 0, new long[groups()][1], noUndated);
        }
        long[][] cut = new long[groups()][];
        for (int g = 0; g < cut.length; g++) {
            long[] series = new long[to - from + 2];
            for (int d = from; d <= to + 1; d++) {
                series[d - from] = cumulative[g][d] - cumulative[g][from];
            }
            cut[g] = series;
        }
        return new ThemeDayCounts(firstDay.plusDays(from), to - from + 1, cut, noUndated);
    }

    private long dayTotal(int day) {
        long total = 0;
        for (long[] series : cumulative) {
            total += series[day + 1] - series[day];
        }
        return total;
    }

    /** The counts of every group in a range, with their total and the undated requests counted apart. */
    public RangeCounts countsIn(DateRange range) {
        long[] counts = new long[groups()];
        long undatedTotal = 0;
        for (int g = 0; g < counts.length; g++) {
            counts[g] = count(g, range);
            undatedTotal += undated[g];
        }
        return new RangeCounts(range, counts, undatedTotal);
    }
}
