package org.civicthemes.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.civicthemes.analysis.Cycle;
import org.civicthemes.analysis.Period;
import org.civicthemes.model.DateRange;
import org.civicthemes.model.SparkResults;
import org.civicthemes.model.ThemeRun;
import org.civicthemes.testdata.MixedSampleRun;
import org.civicthemes.testdata.SampleByType;
import org.civicthemes.ui.ChartsData.CrossColumn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The charts of a Spark run's results, computed from its count cube, against the charts of the same run computed from
 * the requests: equal sizes, trends, emerging themes, cross-tabs and the three cycles a day tells, with and without a
 * filter.
 */
class ResultsChartsTest {

    private static SampleByType sample;
    private static ThemeRun run;
    private static SparkResults results;

    @BeforeAll
    static void makeTheResults() throws Exception {
        sample = SampleByType.load();
        run = MixedSampleRun.of(sample);
        results = MixedSampleRun.results(sample.dataset(), run);
    }

    static List<RequestFilter> filters() throws Exception {
        String category = SampleByType.load().dataset().requests().get(0).category();
        return List.of(RequestFilter.NONE,
                RequestFilter.NONE.withRange(new DateRange(LocalDate.of(2024, 3, 10), LocalDate.of(2025, 2, 20))),
                RequestFilter.NONE.withCategory(category),
                RequestFilter.NONE.withRange(new DateRange(LocalDate.of(2024, 1, 1), null)).withDistrict("District 3"));
    }

    @ParameterizedTest
    @MethodSource("filters")
    void theCubeGivesTheChartsOfTheRows(RequestFilter filter) {
        ChartsData rows = new ViewState(sample.dataset(), run, filter).charts();
        ChartsData cube = new ResultsState(results, filter).charts();

        assertThat(cube.total()).isEqualTo(rows.total()).isPositive();
        assertThat(cube.sizes()).isEqualTo(rows.sizes());
        assertThat(cube.firstDay()).isEqualTo(rows.firstDay());
        assertThat(cube.lastDay()).isEqualTo(rows.lastDay());
        List<Integer> ids = rows.sizes().stream().map(ChartsData.ThemeSize::themeId).toList();
        for (Period period : Period.values()) {
            assertThat(cube.trends(period, ids)).isEqualTo(rows.trends(period, ids));
        }
        for (Period period : List.of(Period.WEEK, Period.MONTH)) {
            assertThat(cube.emerging(period, 6)).isEqualTo(rows.emerging(period, 6));
        }
        assertThat(cube.emerging(Period.MONTH, 6)).isNotEmpty();
        assertThat(cube.crossColumns()).isEqualTo(rows.crossColumns()).contains(CrossColumn.DISTRICT);
        for (CrossColumn column : rows.crossColumns()) {
            assertThat(cube.crossTable(column)).usingRecursiveComparison().isEqualTo(rows.crossTable(column));
        }
        // the rows' q-values are adjusted over four cycles, the cube's over three: everything else is the same
        assertThat(cube.cycles()).containsExactly(Cycle.MONTH_OF_YEAR, Cycle.DAY_OF_MONTH, Cycle.DAY_OF_WEEK);
        for (Cycle cycle : cube.cycles()) {
            assertThat(cube.seasonality(cycle)).isNotEmpty().usingRecursiveComparison()
                    .ignoringFields("profile.qValue").isEqualTo(rows.seasonality(cycle));
        }
        assertThat(cube.seasonality(Cycle.HOUR_OF_DAY)).isEmpty();
        assertThat(rows.cycles()).contains(Cycle.HOUR_OF_DAY);
        assertThat(rows.fromRequests()).isTrue();
        assertThat(cube.fromRequests()).isFalse();
    }

    @Test
    void theResultsNameTheirThemesAndSpecialGroups() {
        ChartsData cube = new ResultsState(results, RequestFilter.NONE).charts();
        assertThat(cube.themeCount()).isEqualTo(sample.types().size());
        assertThat(cube.labelOf(0)).isEqualTo(sample.types().get(0));
        assertThat(cube.sizes()).extracting(ChartsData.ThemeSize::label).contains("Unclear", "No description");
    }
}
