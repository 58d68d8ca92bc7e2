package org.civicthemes.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.civicthemes.model.Dataset;
import org.civicthemes.model.DateRange;
import org.civicthemes.model.RequestCube;
import org.civicthemes.model.ServiceRequest;
import org.civicthemes.model.ThemeRun;
import org.civicthemes.testdata.MixedSampleRun;
import org.civicthemes.testdata.SampleByType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The time views from a count cube (the results of a Spark run) against the same views from the rows the cube was
 * made of: the bundled sample, its themes crossing categories, with Unclear and No description.
 */
class RequestCubeTest {

    private static final DateRange SUMMER_2024 = new DateRange(LocalDate.of(2024, 6, 1), LocalDate.of(2024, 9, 30));

    private static Dataset dataset;
    private static ThemeRun run;
    private static RequestCube cube;

    @BeforeAll
    static void makeTheCube() throws Exception {
        SampleByType sample = SampleByType.load();
        dataset = sample.dataset();
        run = MixedSampleRun.of(sample);
        cube = RequestCubes.of(dataset, run);
    }

    @Test
    void theCubeCountsEveryRequestOnce() {
        assertThat(cube.total()).isEqualTo(dataset.size());
        assertThat(cube.themes()).isEqualTo(run.themes().themes().size());
        assertThat(cube.values(RequestCube.Column.CATEGORY)).hasSizeGreaterThan(5);
    }

    @Test
    void dayCountsEqualThoseOfTheRows() {
        ThemeDayCounts rows = ThemeDayCounts.of(dataset, run);
        ThemeDayCounts cells = ThemeDayCounts.of(cube);
        assertThat(cells.firstDay()).isEqualTo(rows.firstDay()).isNotNull();
        assertThat(cells.lastDay()).isEqualTo(rows.lastDay());
        for (DateRange range : List.of(DateRange.ALL, SUMMER_2024, new DateRange(null, LocalDate.of(2024, 1, 15)))) {
            assertThat(cells.countsIn(range)).usingRecursiveComparison().isEqualTo(rows.countsIn(range));
        }
        for (int g = 0; g < rows.groups(); g++) {
            assertThat(cells.undated(g)).isEqualTo(rows.undated(g));
        }
    }

    @Test
    void seasonalityOverTheDaysCyclesEqualsThatOfTheRows() {
        List<ThemeSeasonality.ThemeProfiles> rows = ThemeSeasonality.of(dataset, run, ThemeSeasonality.DAY_CYCLES);
        List<ThemeSeasonality.ThemeProfiles> cells = ThemeSeasonality.of(cube);
        assertThat(cells).hasSize(run.themes().themes().size());
        assertThat(cells).usingRecursiveComparison().isEqualTo(rows);
        assertThat(cells.stream().flatMap(t -> t.profiles().stream()).filter(CycleProfile::patterned)).isNotEmpty();
        assertThat(cells.get(0).profiles()).extracting(CycleProfile::cycle).containsExactlyElementsOf(
                ThemeSeasonality.DAY_CYCLES);
    }

    @Test
    void crossTabsEqualThoseOfTheRows() {
        assertThat(CrossTab.of(cube, RequestCube.Column.CATEGORY))
                .isEqualTo(CrossTab.of(dataset, run, ServiceRequest::category));
        assertThat(CrossTab.of(cube, RequestCube.Column.DISTRICT))
                .isEqualTo(CrossTab.of(dataset, run, ServiceRequest::district));
    }

    @Test
    void aFilteredCubeCountsWhatTheFilteredRowsCount() {
        String category = cube.values(RequestCube.Column.CATEGORY).get(2);
        String district = cube.values(RequestCube.Column.DISTRICT).stream().filter(d -> !d.isBlank()).findFirst()
                .orElseThrow();
        ThemeRun rows = RangeFilter.restrict(dataset, run, SUMMER_2024,
                r -> category.equals(r.category()) && district.equals(r.district()));
        RequestCube cells = cube.within(SUMMER_2024, category, district);
        assertThat(cells.total()).isEqualTo(rows.size()).isPositive().isLessThan(dataset.size() / 20);
        assertThat(ThemeDayCounts.of(cells).countsIn(DateRange.ALL)).usingRecursiveComparison()
                .isEqualTo(ThemeDayCounts.of(dataset, rows).countsIn(DateRange.ALL));
        assertThat(CrossTab.of(cells, RequestCube.Column.CATEGORY))
                .isEqualTo(CrossTab.of(dataset, rows, ServiceRequest::category));
    }

    @Test
    void aCategoryNoCellHoldsLeavesNothing() {
        assertThat(cube.within(DateRange.ALL, "No such category", "").total()).isZero();
        assertThat(cube.within(DateRange.ALL, "", "")).isSameAs(cube);
    }
}
