package org.civicthemes.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.civicthemes.model.DateRange;
import org.civicthemes.testdata.SampleByType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * On the bundled sample, grouped by request type: the planted e-scooter surge of the last two months is
 * emerging, steady types are not flagged, and against the same period of earlier years a seasonal type (weeds in
 * October, weeds and storm drains in May) is steady although the months just before call it fading or emerging.
 */
class EmergingThemesTest {

    private static SampleByType sample;
    private static ThemeDayCounts counts;

    @BeforeAll
    static void groupTheSampleByType() throws Exception {
        sample = SampleByType.load();
        counts = ThemeDayCounts.of(sample.dataset(), sample.run());
    }

    private static TrendVerdict verdictOf(List<TrendVerdict> verdicts, String type) {
        return verdictOf(sample, verdicts, type);
    }

    private static TrendVerdict verdictOf(SampleByType data, List<TrendVerdict> verdicts, String type) {
        int group = data.themeOf(type);
        return verdicts.stream().filter(v -> v.group() == group).findFirst().orElseThrow();
    }

    @Test
    void theScooterSurgeIsEmergingInTheLastMonth() {
        List<TrendVerdict> verdicts = EmergingThemes.find(counts, Period.MONTH, 6);

        TrendVerdict scooters = verdictOf(verdicts, "Scooter / E-Bike Complaint");
        assertThat(scooters.direction()).isEqualTo(TrendVerdict.Direction.EMERGING);
        assertThat(scooters.from()).isEqualTo(java.time.LocalDate.of(2025, 9, 1));
        assertThat(scooters.ratio()).isGreaterThan(3);
        assertThat(verdicts.get(0).direction()).isNotEqualTo(TrendVerdict.Direction.STEADY);
    }

    @Test
    void steadyTypesAreNotFlagged() {
        List<TrendVerdict> verdicts = EmergingThemes.find(counts, Period.MONTH, 6);

        for (String steady : List.of("Graffiti Removal", "Pothole", "Streetlight Out", "Illegal Dumping")) {
            assertThat(verdictOf(verdicts, steady).direction()).as(steady).isEqualTo(TrendVerdict.Direction.STEADY);
        }
    }

    @Test
    void theCountsBehindEachVerdictAddUp() {
        List<TrendVerdict> verdicts = EmergingThemes.find(counts, Period.MONTH, 6);

        long latest = verdicts.stream().mapToLong(TrendVerdict::latest).sum();
        long inSeptember = sample.dataset().requests().stream().filter(r -> r.created() != null
                && !r.created().toLocalDate().isBefore(java.time.LocalDate.of(2025, 9, 1))).count();
        assertThat(latest).isEqualTo(inSeptember);
        assertThat(verdicts).allSatisfy(v -> assertThat(v.pValue()).isBetween(0.0, 1.0));
    }

    @Test
    void weedsInOctoberAreFadingAgainstSummerButSteadyAgainstLastOctober() {
        SampleByType october = sample.until(LocalDate.of(2024, 10, 31));
        ThemeDayCounts c = ThemeDayCounts.of(october.dataset(), october.run());

        TrendVerdict recent = verdictOf(october, EmergingThemes.find(c, Period.MONTH, 6), "Overgrown Vegetation / Weeds");
        TrendVerdict auto = verdictOf(october, EmergingThemes.find(c, EmergingOptions.DEFAULTS),
                "Overgrown Vegetation / Weeds");

        assertThat(recent.direction()).isEqualTo(TrendVerdict.Direction.FADING);
        assertThat(recent.ratio()).isLessThan(0.3);
        assertThat(auto.used().kind()).isEqualTo(Baseline.EARLIER_YEARS);
        assertThat(auto.used().spans()).containsExactly(new DateRange(LocalDate.of(2023, 10, 1), LocalDate.of(2023, 10, 31)));
        assertThat(auto.direction()).isEqualTo(TrendVerdict.Direction.STEADY);
        assertThat(auto.ratio()).isBetween(0.5, 2.0);
        assertThat(auto.other().kind()).isEqualTo(Baseline.RECENT);
        assertThat(auto.other().direction()).as("the recent comparison is still reported").isEqualTo(TrendVerdict.Direction.FADING);
    }

    @Test
    void seasonalRisesAndFallsInMayAreSteadyAgainstEarlierMays() {
        SampleByType may = sample.until(LocalDate.of(2025, 5, 31));
        ThemeDayCounts c = ThemeDayCounts.of(may.dataset(), may.run());
        List<TrendVerdict> recent = EmergingThemes.find(c, Period.MONTH, 6);
        List<TrendVerdict> yearly = EmergingThemes.find(c, EmergingOptions.DEFAULTS.withBaseline(Baseline.EARLIER_YEARS));

        assertThat(verdictOf(may, recent, "Overgrown Vegetation / Weeds").direction()).isEqualTo(TrendVerdict.Direction.EMERGING);
        assertThat(verdictOf(may, recent, "Storm Drain / Flooding").direction()).isEqualTo(TrendVerdict.Direction.FADING);
        assertThat(verdictOf(may, yearly, "Overgrown Vegetation / Weeds").direction()).isEqualTo(TrendVerdict.Direction.STEADY);
        assertThat(verdictOf(may, yearly, "Storm Drain / Flooding").direction()).isEqualTo(TrendVerdict.Direction.STEADY);
        assertThat(yearly.get(0).used().spans()).containsExactly(
                new DateRange(LocalDate.of(2024, 5, 1), LocalDate.of(2024, 5, 31)),
                new DateRange(LocalDate.of(2023, 5, 1), LocalDate.of(2023, 5, 31)));
        assertThat(yearly).noneMatch(v -> v.direction() != TrendVerdict.Direction.STEADY);
    }

    @Test
    void theScooterSurgeIsEmergingAgainstEarlierYearsToo() {
        List<TrendVerdict> verdicts = EmergingThemes.find(counts, EmergingOptions.DEFAULTS);

        TrendVerdict scooters = verdicts.get(0);
        assertThat(scooters.group()).isEqualTo(sample.themeOf("Scooter / E-Bike Complaint"));
        assertThat(scooters.direction()).isEqualTo(TrendVerdict.Direction.EMERGING);
        assertThat(scooters.used().kind()).isEqualTo(Baseline.EARLIER_YEARS);
        assertThat(scooters.used().spans()).hasSize(2);
        assertThat(scooters.qValue()).isLessThan(1e-10);
        assertThat(verdicts.stream().filter(v -> v.direction() != TrendVerdict.Direction.STEADY)).hasSize(1);
    }

    @Test
    void weeksAreComparedWithTheSameWeekdaysFiftyTwoWeeksBefore() {
        SampleByType toSunday = sample.until(LocalDate.of(2025, 9, 28));
        ThemeDayCounts c = ThemeDayCounts.of(toSunday.dataset(), toSunday.run());

        List<TrendVerdict> verdicts = EmergingThemes.find(c, EmergingOptions.of(Period.WEEK));

        TrendVerdict scooters = verdictOf(toSunday, verdicts, "Scooter / E-Bike Complaint");
        assertThat(scooters.from()).isEqualTo(LocalDate.of(2025, 9, 22));
        assertThat(scooters.to()).isEqualTo(LocalDate.of(2025, 9, 28));
        assertThat(scooters.direction()).isEqualTo(TrendVerdict.Direction.EMERGING);
        assertThat(scooters.used().spans()).hasSize(2).allSatisfy(span -> {
            assertThat(span.from().getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
            assertThat(span.to()).isEqualTo(span.from().plusDays(6));
        });
        assertThat(scooters.other().spans()).containsExactly(
                new DateRange(LocalDate.of(2025, 7, 28), LocalDate.of(2025, 9, 21)));
    }

    @Test
    void withLessThanAYearOfDataTheRecentPeriodsAreTheBaseline() {
        SampleByType lastMonths = sample.between(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 9, 30));
        ThemeDayCounts c = ThemeDayCounts.of(lastMonths.dataset(), lastMonths.run());

        List<TrendVerdict> verdicts = EmergingThemes.find(c, EmergingOptions.DEFAULTS);

        assertThat(verdicts).isNotEmpty().allSatisfy(v -> {
            assertThat(v.used().kind()).isEqualTo(Baseline.RECENT);
            assertThat(v.other()).isNull();
        });
        assertThat(verdictOf(lastMonths, verdicts, "Scooter / E-Bike Complaint").direction())
                .isEqualTo(TrendVerdict.Direction.EMERGING);
        assertThat(EmergingThemes.find(c, EmergingOptions.DEFAULTS.withBaseline(Baseline.EARLIER_YEARS))).isEmpty();
    }

    @Test
    void qValuesAreAtLeastThePValuesAndSmallGroupsAreNotTested() {
        List<TrendVerdict> verdicts = EmergingThemes.find(counts, EmergingOptions.DEFAULTS);

        for (TrendVerdict v : verdicts) {
            if (v.latest() < EmergingThemes.MIN_COUNT && v.expected() < EmergingThemes.MIN_COUNT) {
                assertThat(v.used().tested()).isFalse();
                assertThat(v.direction()).isEqualTo(TrendVerdict.Direction.STEADY);
            } else {
                assertThat(v.qValue()).isGreaterThanOrEqualTo(v.pValue()).isLessThanOrEqualTo(1.0);
            }
        }
        assertThat(verdicts).anyMatch(v -> !v.used().tested()).anyMatch(v -> v.used().tested());
    }
}
