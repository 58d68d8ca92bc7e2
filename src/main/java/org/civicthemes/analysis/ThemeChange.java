package org.civicthemes.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.civicthemes.model.DateRange;

/**
 * The one "change" of a theme that the window, themes.csv, summary.xlsx and report.html show (issue 15): the latest
 * month of the requests counted (the month holding their last day, from its first day or the first day counted)
 * against the month before it (clipped the same way), per day, so a month that ends early is not a false drop. It is
 * the emerging test with the one month before as its baseline ({@link EmergingThemes}, {@link Baseline#RECENT}):
 * the count difference is the latest count minus what the month before's daily rate predicts, and a change is
 * significant when its q-value (binomial test of the two counts, adjusted over all groups) is below
 * {@link FalseDiscovery#RATE} and at least {@link EmergingThemes#MIN_COUNT} requests are involved.
 *
 * @param group       the group index of {@link ThemeDayCounts}
 * @param latest      the days of the latest month counted; null when no request has a date
 * @param before      the days of the month before it; null when the requests counted hold no such month
 * @param latestCount requests of the group in {@code latest}
 * @param beforeCount requests of the group in {@code before}
 * @param expected    what the month before's daily rate predicts for the latest month's days
 * @param qValue      the binomial test's p-value adjusted over all groups; NaN when not tested (too few requests)
 */
public record ThemeChange(int group, DateRange latest, DateRange before, long latestCount, long beforeCount,
                          double expected, double qValue) {

    /** How every face explains the figure, word for word. */
    public static final String EXPLANATION = "Change: the latest month in the filter against the month before it, "
            + "per day (months cut by the filter or the data count only their days with data). \"+12 (+40%)\": 12 "
            + "requests more than the month before's daily rate predicts, 40% more. \"≈\" marks a change that chance "
            + "alone could give (binomial test, q at or above " + FalseDiscovery.RATE + ", or fewer than "
            + EmergingThemes.MIN_COUNT + " requests): read it as no real change. Blank when the filter holds no "
            + "month before the latest.";

    /** The mark before a change that is not significant. */
    public static final String NOT_SIGNIFICANT = "≈ ";

    /** The change of every group of the counts (index = group), over all the days they hold. */
    public static List<ThemeChange> of(ThemeDayCounts counts) {
        List<ThemeChange> out = new ArrayList<>();
        List<TrendVerdict> verdicts = counts.lastDay() == null ? List.of()
                : EmergingThemes.find(counts, new EmergingOptions(Period.MONTH, 1, Baseline.RECENT));
        ThemeChange[] byGroup = new ThemeChange[counts.groups()];
        for (TrendVerdict v : verdicts) {
            Comparison c = v.used();
            byGroup[v.group()] = new ThemeChange(v.group(), new DateRange(v.from(), v.to()), c.spans().get(0),
                    v.latest(), c.baseline(), c.expected(), c.qValue());
        }
        DateRange latest = null;
        if (counts.lastDay() != null) {
            LocalDate start = Period.MONTH.startOf(counts.lastDay());
            latest = new DateRange(start.isBefore(counts.firstDay()) ? counts.firstDay() : start, counts.lastDay());
        }
        for (int g = 0; g < byGroup.length; g++) {
            out.add(byGroup[g] != null ? byGroup[g] : new ThemeChange(g, latest, null,
                    latest == null ? 0 : counts.count(g, latest), 0, Double.NaN, Double.NaN));
        }
        return List.copyOf(out);
    }

    /** The change of every group over the days of {@code range} only, as an export of that range counts them. */
    public static List<ThemeChange> of(ThemeDayCounts counts, DateRange range) {
        return of(counts.within(range));
    }

    /** Whether there is a month before the latest to compare with. */
    public boolean known() {
        return before != null;
    }

    /** Whether the change is more than chance explains. */
    public boolean significant() {
        return known() && qValue < FalseDiscovery.RATE;
    }

    /** The latest count minus the count the month before's daily rate predicts; NaN when not known. */
    public double difference() {
        return known() ? latestCount - expected : Double.NaN;
    }

    /**
     * The latest count against the predicted one, minus one (0.4 is +40%); NaN when not known or when nothing was
     * expected (the month before had none of the group's requests).
     */
    public double relative() {
        return known() && expected > 0 ? latestCount / expected - 1 : Double.NaN;
    }

    /** "2025-08 vs 2025-07", or empty when not known. */
    public String periods() {
        if (!known()) {
            return "";
        }
        return latest.from().toString().substring(0, 7) + " vs " + before.from().toString().substring(0, 7);
    }

    /**
     * The change as every face writes it: "+12 (+40%)", "-3 (-25%)", "+5 (new)" when the month before had none,
     * "0 (0%)"; "≈ " before a change that is not significant; empty when not known.
     */
    public String text() {
        if (!known()) {
            return "";
        }
        long difference = Math.round(difference());
        String count = difference == 0 ? "0" : String.format(Locale.US, "%+,d", difference);
        String percent;
        if (expected == 0) {
            percent = latestCount == 0 ? "0%" : "new";
        } else {
            long p = Math.round(relative() * 100);
            percent = p == 0 ? "0%" : String.format(Locale.US, "%+,d%%", p);
        }
        return (significant() ? "" : NOT_SIGNIFICANT) + count + " (" + percent + ")";
    }

    /** For sorting by the relative change: "new" above every percentage, unknown below all. */
    public static int compare(ThemeChange a, ThemeChange b) {
        return Double.compare(sortKey(a), sortKey(b));
    }

    private static double sortKey(ThemeChange c) {
        if (c == null || !c.known()) {
            return Double.NEGATIVE_INFINITY;
        }
        return c.expected > 0 ? c.relative() : c.latestCount > 0 ? Double.MAX_VALUE : 0;
    }
}
