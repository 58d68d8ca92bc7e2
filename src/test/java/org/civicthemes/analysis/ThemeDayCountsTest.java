package org.civicthemes.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.civicthemes.model.ColumnMapping;
import org.civicthemes.model.Dataset;
import org.civicthemes.model.DateRange;
import org.civicthemes.model.ServiceRequest;
import org.civicthemes.model.SourceFormat;
import org.civicthemes.model.SourceInfo;
import org.civicthemes.model.Theme;
import org.civicthemes.model.ThemeAssignment;
import org.civicthemes.model.ThemeGroup;
import org.civicthemes.model.ThemeOptions;
import org.civicthemes.model.ThemeRun;
import org.civicthemes.model.ThemeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Range counts from the running sums agree with a direct count of the requests, for many random ranges. */
class ThemeDayCountsTest {

    private static final LocalDate START = LocalDate.of(2023, 1, 1);
    private static final int THEMES = 4;
    private static Dataset dataset;
    private static ThemeRun run;
    private static int[] groupOfRequest;

    @BeforeAll
    static void makeARun() {
        Random random = new Random(11);
        List<ServiceRequest> requests = new ArrayList<>();
        int n = 3000;
        int[] themeOf = new int[n - 100];
        List<Integer> grouped = new ArrayList<>();
        groupOfRequest = new int[n];
        for (int i = 0; i < n; i++) {
            LocalDateTime created = random.nextInt(20) == 0 ? null
                    : START.plusDays(random.nextInt(1000)).atTime(random.nextInt(24), 0);
            requests.add(new ServiceRequest(i + 2, "R" + i, "text " + i, created, null, "", "", "", "", Double.NaN,
                    Double.NaN, ""));
        }
        for (int i = 100; i < n; i++) { // the first 100 requests are outside the run, as with a date range
            int doc = grouped.size();
            int pick = random.nextInt(THEMES + 2);
            themeOf[doc] = pick < THEMES ? pick : pick == THEMES ? ThemeAssignment.UNCLEAR : ThemeAssignment.NO_DESCRIPTION;
            groupOfRequest[i] = pick;
            grouped.add(i);
        }
        ThemeAssignment assignment = new ThemeAssignment(themeOf);
        List<Theme> themes = new ArrayList<>();
        for (int t = 0; t < THEMES; t++) {
            themes.add(new Theme(t, "theme " + t, assignment.documentsOf(t).length, 0.2, List.of(), List.of(), 0.5));
        }
        ThemeSet set = new ThemeSet(themes, assignment,
                new ThemeGroup(ThemeGroup.UNCLEAR, assignment.documentsOf(ThemeAssignment.UNCLEAR).length, 0.1),
                new ThemeGroup(ThemeGroup.NO_DESCRIPTION, assignment.documentsOf(ThemeAssignment.NO_DESCRIPTION).length,
                        0.1), ThemeOptions.DEFAULTS.withThemes(THEMES), List.of());
        dataset = new Dataset(new SourceInfo("t.csv", "", "", SourceFormat.DELIMITED_TEXT, "", 1, "", ""), List.of(),
                ColumnMapping.empty(), requests);
        run = new ThemeRun(set, grouped, DateRange.ALL, java.util.Map.of(), java.util.Map.of());
    }

    private static long directCount(int group, DateRange range) {
        long n = 0;
        for (int i = 100; i < dataset.size(); i++) {
            if (groupOfRequest[i] == group && range.contains(dataset.requests().get(i).created())) {
                n++;
            }
        }
        return n;
    }

    @Test
    void rangeCountsEqualADirectCount() {
        ThemeDayCounts counts = ThemeDayCounts.of(dataset, run);
        Random random = new Random(5);
        for (int trial = 0; trial < 200; trial++) {
            LocalDate a = START.plusDays(random.nextInt(1100) - 50);
            LocalDate b = a.plusDays(random.nextInt(400));
            DateRange range = random.nextInt(10) == 0 ? new DateRange(null, b)
                    : random.nextInt(10) == 0 ? new DateRange(a, null) : new DateRange(a, b);
            for (int g = 0; g < counts.groups(); g++) {
                assertThat(counts.count(g, range)).as("group %d in %s", g, range).isEqualTo(directCount(g, range));
            }
        }
    }

    @Test
    void undatedRequestsAreCountedApartAndEveryRequestIsAccountedFor() {
        ThemeDayCounts counts = ThemeDayCounts.of(dataset, run);
        RangeCounts all = counts.countsIn(DateRange.ALL);
        long undated = dataset.requests().subList(100, dataset.size()).stream().filter(r -> r.created() == null).count();

        assertThat(undated).isPositive();
        assertThat(all.undated()).isEqualTo(undated);
        assertThat(all.total() + all.undated()).isEqualTo(run.size());
        assertThat(counts.unclearGroup()).isEqualTo(THEMES);
        assertThat(counts.noDescriptionGroup()).isEqualTo(THEMES + 1);
    }

    @Test
    void aRangeOutsideTheDataIsEmpty() {
        ThemeDayCounts counts = ThemeDayCounts.of(dataset, run);
        RangeCounts none = counts.countsIn(new DateRange(LocalDate.of(2030, 1, 1), LocalDate.of(2030, 12, 31)));

        assertThat(none.total()).isZero();
        assertThat(none.share(0)).isZero();
        assertThat(counts.firstDay()).isAfterOrEqualTo(START);
        assertThat(counts.lastDay()).isBefore(START.plusDays(1000));
    }

    @Test
    void weeklyTrendsAddUpToTheRangeAndClipTheEdgeWeeks() {
        ThemeDayCounts counts = ThemeDayCounts.of(dataset, run);
        DateRange range = new DateRange(LocalDate.of(2023, 3, 8), LocalDate.of(2023, 6, 20));
        java.util.List<TrendPoint> weekly = Trends.of(counts, range, Period.WEEK);

        for (int g = 0; g < counts.groups(); g++) {
            int group = g;
            long sum = weekly.stream().filter(p -> p.group() == group).mapToLong(TrendPoint::count).sum();
            assertThat(sum).isEqualTo(directCount(g, range));
        }
        assertThat(weekly.get(0).period()).isEqualTo("2023-W10");
        assertThat(weekly.get(weekly.size() - 1).period()).isEqualTo("2023-W25");
        assertThat(weekly.stream().filter(p -> p.period().equals("2023-W12"))
                .mapToDouble(TrendPoint::share).sum()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void countsWithinARangeAreThoseOfTheRangeAlone() {
        ThemeDayCounts counts = ThemeDayCounts.of(dataset, run);
        DateRange range = new DateRange(LocalDate.of(2023, 3, 8), LocalDate.of(2023, 6, 20));
        ThemeDayCounts within = counts.within(range);

        assertThat(within.firstDay()).isAfterOrEqualTo(range.from());
        assertThat(within.lastDay()).isBeforeOrEqualTo(range.to());
        assertThat(within.countsIn(DateRange.ALL).undated()).isZero();
        Random random = new Random(8);
        for (int trial = 0; trial < 50; trial++) {
            LocalDate a = range.from().plusDays(random.nextInt(120) - 10);
            DateRange part = new DateRange(a, a.plusDays(random.nextInt(60)));
            LocalDate from = a.isBefore(range.from()) ? range.from() : a;
            LocalDate to = part.to().isAfter(range.to()) ? range.to() : part.to();
            for (int g = 0; g < counts.groups(); g++) {
                assertThat(within.count(g, part)).as("group %d in %s", g, part)
                        .isEqualTo(to.isBefore(from) ? 0 : directCount(g, new DateRange(from, to)));
            }
        }
        assertThat(counts.within(new DateRange(LocalDate.of(2030, 1, 1), null)).lastDay()).isNull();
        assertThat(counts.within(DateRange.ALL)).isSameAs(counts);
    }
}
