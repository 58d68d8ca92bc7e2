package org.civicthemes.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.civicthemes.analysis.Cycle;
import org.civicthemes.analysis.Period;
import org.civicthemes.analysis.TrendPoint;
import org.civicthemes.analysis.TrendVerdict;
import org.civicthemes.model.DateRange;
import org.civicthemes.model.ServiceRequest;
import org.civicthemes.progress.CancellationToken;
import org.civicthemes.progress.ProgressListener;
import org.civicthemes.testdata.SampleByType;
import org.civicthemes.ui.ChartsData.CrossColumn;
import org.civicthemes.ui.ChartsData.CrossTable;
import org.civicthemes.ui.ChartsData.SeasonRow;
import org.civicthemes.ui.ChartsData.ThemeSize;
import org.civicthemes.ui.ChartsData.TrendSeries;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Charts tab's view model, with no screen, on the bundled sample grouped by request type (so the planted
 * patterns are known): every number is checked against a direct count of the requests.
 */
class ChartsViewModelTest {

    private static final DateRange JULY_2024 = new DateRange(LocalDate.of(2024, 7, 1), LocalDate.of(2024, 7, 31));

    private static SampleByType sample;
    private ChartsViewModel model;

    @BeforeAll
    static void loadTheSample() throws Exception {
        sample = SampleByType.load();
    }

    @BeforeEach
    void showTheSample() {
        model = new ChartsViewModel();
        model.stateProperty().set(new ViewState(sample.dataset(), sample.run(), RequestFilter.NONE));
    }

    private static long sizeOf(List<ThemeSize> sizes, int themeId) {
        return sizes.stream().filter(s -> s.themeId() == themeId).mapToLong(ThemeSize::count).findFirst().orElseThrow();
    }

    private static long direct(java.util.function.Predicate<ServiceRequest> keep) {
        return sample.dataset().requests().stream().filter(keep).count();
    }

    private java.util.Map<String, Integer> trendColours() {
        java.util.Map<String, Integer> colours = new java.util.LinkedHashMap<>();
        model.trends().forEach(t -> colours.put(t.label(), model.trendColourOf(t)));
        return colours;
    }

    /** Issue 15, item 8: trend colours were given by position, so a filter that reorders the themes recoloured them. */
    @Test
    void aThemeKeepsItsTrendColourWhenTheFilterReordersTheThemes() {
        java.util.Map<String, Integer> all = trendColours();
        List<String> allOrder = List.copyOf(all.keySet());
        assertThat(all).hasSize(ChartsViewModel.TOP_THEMES);
        assertThat(new java.util.HashSet<>(all.values())).as("distinct colours").hasSize(all.size());

        model.stateProperty().set(new ViewState(sample.dataset(), sample.run(), RequestFilter.NONE.withRange(JULY_2024)));
        java.util.Map<String, Integer> july = trendColours();
        List<String> julyOrder = List.copyOf(july.keySet());

        List<String> moved = julyOrder.stream().filter(l -> allOrder.contains(l)
                && allOrder.indexOf(l) != julyOrder.indexOf(l)).toList();
        assertThat(moved).as("themes drawn at another place in July 2024").isNotEmpty();
        assertThat(julyOrder).as("themes only July 2024 draws").anyMatch(l -> !allOrder.contains(l));
        moved.forEach(l -> assertThat(july.get(l)).as(l).isEqualTo(all.get(l)));
        assertThat(new java.util.HashSet<>(july.values())).as("distinct colours").hasSize(july.size());

        model.stateProperty().set(new ViewState(sample.dataset(), sample.run(), RequestFilter.NONE));
        assertThat(trendColours()).isEqualTo(all);
    }

    /** Issue 15, item 10: a click on a month of the seasonality heatmap opened the whole theme, not that month. */
    @Test
    void aSeasonalityMonthSelectsTheThemeInTheLatestSuchMonth() {
        int theme = sample.themeOf("Pothole");
        LocalDate last = model.dataProperty().get().lastDay();
        assertThat(last).isEqualTo(LocalDate.of(2025, 9, 30));

        assertThat(model.seasonSelection(theme, Cycle.MONTH_OF_YEAR, 6)).isEqualTo(ChartSelection.theme(theme)
                .withRange(new DateRange(LocalDate.of(2025, 7, 1), LocalDate.of(2025, 7, 31))));
        assertThat(model.seasonSelection(theme, Cycle.MONTH_OF_YEAR, 11).range())
                .isEqualTo(new DateRange(LocalDate.of(2024, 12, 1), LocalDate.of(2024, 12, 31)));
        assertThat(model.seasonSelection(theme, Cycle.DAY_OF_WEEK, 2)).as("no date range holds every Wednesday")
                .isEqualTo(ChartSelection.theme(theme));

        model.stateProperty().set(new ViewState(sample.dataset(), sample.run(), RequestFilter.NONE.withRange(JULY_2024)));
        assertThat(model.seasonSelection(theme, Cycle.MONTH_OF_YEAR, 6).range()).isEqualTo(JULY_2024);
        assertThat(model.seasonSelection(theme, Cycle.MONTH_OF_YEAR, 2)).as("no March in July 2024")
                .isEqualTo(ChartSelection.theme(theme));
    }

    @Test
    void sizesAddUpToTheFilteredRequests() {
        assertThat(model.sizes().stream().mapToLong(ThemeSize::count).sum()).isEqualTo(sample.dataset().size());
        assertThat(model.sizes().stream().mapToDouble(ThemeSize::share).sum()).isCloseTo(1.0,
                org.assertj.core.data.Offset.offset(1e-9));
        assertThat(model.sizes().get(0).count()).isGreaterThanOrEqualTo(model.sizes().get(1).count());
        assertThat(model.summaryProperty().get()).startsWith("20,000 requests in 39 themes · Jan 1, 2023 to ");

        model.stateProperty().set(new ViewState(sample.dataset(), sample.run(), RequestFilter.NONE).withFilter(RequestFilter.NONE.withDistrict("District 4")));

        long inDistrict = direct(r -> r.district().equals("District 4"));
        assertThat(inDistrict).isBetween(1L, 19_999L);
        assertThat(model.sizes().stream().mapToLong(ThemeSize::count).sum()).isEqualTo(inDistrict);
        assertThat(model.dataProperty().get().total()).isEqualTo(inDistrict);
    }

    @Test
    void aRangeFilterCountsEachThemeAsADirectCount() {
        long potholesBefore = sizeOf(model.sizes(), sample.themeOf("Pothole"));

        model.stateProperty().set(new ViewState(sample.dataset(), sample.run(), RequestFilter.NONE).withFilter(RequestFilter.NONE.withRange(JULY_2024)));

        for (String type : sample.types()) {
            long expected = direct(r -> r.category().equals(type) && JULY_2024.contains(r.created()));
            assertThat(sizeOf(model.sizes(), sample.themeOf(type))).as(type).isEqualTo(expected);
        }
        long inJuly = direct(r -> JULY_2024.contains(r.created()));
        assertThat(model.sizes().stream().mapToLong(ThemeSize::count).sum()).isEqualTo(inJuly);
        assertThat(sizeOf(model.sizes(), sample.themeOf("Pothole"))).isLessThan(potholesBefore);
    }

    @Test
    void fireworksCrowdIntoJulyInTheMonthHeatmap() {
        List<SeasonRow> rows = model.seasonality(Cycle.MONTH_OF_YEAR);
        SeasonRow fireworks = rows.stream().filter(r -> r.themeId() == sample.themeOf("Fireworks")).findFirst()
                .orElseThrow();

        int july = 6;
        for (int month = 0; month < 12; month++) {
            if (month != july) {
                assertThat(fireworks.share(july)).as("July against month %d", month + 1)
                        .isGreaterThan(fireworks.share(month));
            }
        }
        assertThat(fireworks.profile().patterned()).isTrue();
        assertThat(fireworks.profile().peakBin()).isEqualTo(july);
        assertThat(fireworks.ratio(july)).isGreaterThan(3);
        assertThat(fireworks.profile().years()).isEqualTo(3);
        long inJuly = direct(r -> r.category().equals("Fireworks") && r.created() != null
                && r.created().getMonthValue() == 7);
        assertThat(fireworks.profile().counts()[july]).isEqualTo(inJuly);
        assertThat(fireworks.total()).isEqualTo(direct(r -> r.category().equals("Fireworks") && r.created() != null));
        assertThat(rows.stream().filter(r -> r.profile().patterned()).count()).isLessThan(rows.size());
        assertThat(model.seasonality(Cycle.DAY_OF_MONTH)).hasSameSizeAs(rows);
    }

    @Test
    void switchingThePeriodChangesTheNumberOfPoints() {
        LocalDate first = model.dataProperty().get().firstDay();
        LocalDate last = model.dataProperty().get().lastDay();

        assertThat(model.periodProperty().get()).isEqualTo(Period.MONTH);
        assertThat(model.trends()).hasSize(ChartsViewModel.TOP_THEMES);
        assertThat(pointsPerSeries()).isEqualTo(ChronoUnit.MONTHS.between(first.withDayOfMonth(1), last) + 1);

        model.periodProperty().set(Period.WEEK);
        long weeks = sample.dataset().requests().stream().filter(ServiceRequest::hasCreated)
                .map(r -> r.created().toLocalDate())
                .map(d -> d.get(IsoFields.WEEK_BASED_YEAR) * 100 + d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR))
                .distinct().count();
        assertThat(pointsPerSeries()).isEqualTo(weeks);

        model.periodProperty().set(Period.DAY);
        assertThat(pointsPerSeries()).isEqualTo(ChronoUnit.DAYS.between(first, last) + 1);
        assertThat(model.trends()).hasSize(ChartsViewModel.TOP_THEMES);
    }

    private long pointsPerSeries() {
        List<Integer> sizes = model.trends().stream().map(s -> s.points().size()).distinct().toList();
        assertThat(sizes).hasSize(1);
        return sizes.get(0);
    }

    @Test
    void theTrendShowsTheLargestThemesOrTheOneChosen() {
        List<Integer> largest = model.sizes().stream().filter(s -> !s.special()).limit(ChartsViewModel.TOP_THEMES)
                .map(ThemeSize::themeId).toList();
        assertThat(model.trends().stream().map(TrendSeries::themeId).toList()).isEqualTo(largest);

        int fireworks = sample.themeOf("Fireworks");
        model.trendThemeProperty().set(fireworks);

        assertThat(model.trends()).singleElement().satisfies(s -> {
            assertThat(s.label()).isEqualTo("Fireworks");
            assertThat(s.points().stream().mapToLong(TrendPoint::count).sum())
                    .isEqualTo(direct(r -> r.category().equals("Fireworks") && r.created() != null));
        });
        TrendPoint july = model.trends().get(0).points().stream()
                .filter(p -> p.start().equals(LocalDate.of(2024, 7, 1))).findFirst().orElseThrow();
        assertThat(july.count()).isEqualTo(direct(r -> r.category().equals("Fireworks")
                && JULY_2024.contains(r.created())));
        assertThat(model.trendSelection(fireworks, july.start()))
                .isEqualTo(new ChartSelection(fireworks, "", "", JULY_2024));
    }

    @Test
    void theScooterSurgeLeadsTheEmergingThemes() {
        assertThat(model.emerging()).hasSize(sample.types().size() + 2);
        ChartsData.EmergingRow first = model.emerging().get(0);
        assertThat(first.label()).isEqualTo("Scooter / E-Bike Complaint");
        assertThat(first.verdict().direction()).isEqualTo(TrendVerdict.Direction.EMERGING);
        assertThat(first.verdict().from()).isEqualTo(LocalDate.of(2025, 9, 1));
        assertThat(ChartsViewModel.emergingSelection(first).range())
                .isEqualTo(new DateRange(LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 30)));

        model.emergingPeriodProperty().set(Period.WEEK);

        assertThat(model.emerging().get(0).verdict().from()).isEqualTo(Period.WEEK.startOf(LocalDate.of(2025, 9, 30)));
    }

    @Test
    void theCrossTabCountsEachThemeInEachCategoryAndDistrict() {
        CrossTable byCategory = model.crossTableProperty().get();
        assertThat(byCategory.column()).isEqualTo(CrossColumn.CATEGORY);
        assertThat(model.crossColumns()).containsExactly(CrossColumn.CATEGORY, CrossColumn.DISTRICT);
        ChartsData.CrossRow pothole = byCategory.rows().stream().filter(r -> r.label().equals("Pothole"))
                .findFirst().orElseThrow();
        long potholes = direct(r -> r.category().equals("Pothole"));
        assertThat(pothole.count(byCategory.values().indexOf("Pothole"))).isEqualTo(potholes);
        assertThat(pothole.total()).isEqualTo(potholes);

        model.crossColumnProperty().set(CrossColumn.DISTRICT);

        CrossTable byDistrict = model.crossTableProperty().get();
        assertThat(byDistrict.values()).hasSize(9);
        int d1 = byDistrict.values().indexOf("District 1");
        assertThat(byDistrict.valueTotal(d1)).isEqualTo(direct(r -> r.district().equals("District 1")));
        assertThat(model.crossSelection(pothole.themeId(), "District 1"))
                .isEqualTo(new ChartSelection(pothole.themeId(), "", "District 1", DateRange.ALL));
    }

    @Test
    void saysWhatToDoWhenThereIsNothingToChart() {
        model.stateProperty().set(new ViewState(sample.dataset(), sample.run(), RequestFilter.NONE).withFilter(RequestFilter.NONE.withCategory("No such category")));

        assertThat(model.messageProperty().get()).startsWith("No request passes the filter");
        assertThat(model.sizes().stream().mapToLong(ThemeSize::count).sum()).isZero();
        assertThat(model.trends()).isEmpty();
        assertThat(model.emerging()).isEmpty();

        model.stateProperty().set(null);

        assertThat(model.messageProperty().get()).startsWith("No charts yet");
        assertThat(model.sizes()).isEmpty();
        assertThat(model.crossTableProperty().get()).isNull();
    }

    @Test
    void aStateReplacedWhileItWasComputedIsNotShown() throws Exception {
        List<Runnable> pending = new ArrayList<>();
        BackgroundRunner later = new BackgroundRunner() {
            @Override
            public <T> Handle start(Job<T> job, Callbacks<T> callbacks) {
                pending.add(() -> {
                    try {
                        callbacks.onSuccess().accept(job.run(ProgressListener.NONE, CancellationToken.NEVER));
                    } catch (Exception e) {
                        callbacks.onFailure().accept(e);
                    }
                });
                return () -> { };
            }
        };
        ChartsViewModel deferred = new ChartsViewModel(later);
        deferred.stateProperty().set(new ViewState(sample.dataset(), sample.run(), RequestFilter.NONE));
        deferred.stateProperty().set(new ViewState(sample.dataset(), sample.run(), RequestFilter.NONE).withFilter(RequestFilter.NONE.withRange(JULY_2024)));

        assertThat(deferred.computingProperty().get()).isTrue();
        assertThat(deferred.sizes()).isEmpty();
        pending.get(1).run();
        pending.get(0).run();

        assertThat(deferred.computingProperty().get()).isFalse();
        assertThat(deferred.dataProperty().get().total()).isEqualTo(direct(r -> JULY_2024.contains(r.created())));
    }

    @Test
    void eachThemeKeepsItsLabelInEveryChart() {
        int dumping = sample.themeOf("Illegal Dumping");
        assertThat(model.sizes().stream().filter(s -> s.themeId() == dumping).map(ThemeSize::label)
                .collect(Collectors.toSet())).containsExactly("Illegal Dumping");
        assertThat(model.seasonality(Cycle.HOUR_OF_DAY).stream().filter(r -> r.themeId() == dumping)
                .map(SeasonRow::label).toList()).containsExactly("Illegal Dumping");
        assertThat(model.emerging().stream().filter(r -> r.themeId() == dumping).map(ChartsData.EmergingRow::label)
                .toList()).containsExactly("Illegal Dumping");
    }
}
