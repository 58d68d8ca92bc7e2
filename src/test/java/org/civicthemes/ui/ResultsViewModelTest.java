package org.civicthemes.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.civicthemes.analysis.Cycle;
import org.civicthemes.analysis.Period;
import org.civicthemes.model.DateRange;
import org.civicthemes.model.ThemeCount;
import org.civicthemes.workflow.SparkResultsService;
import org.civicthemes.workflow.TextChoices;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * File > Open results… without a screen: the results folder of a real Spark run on the sample (two of its themes,
 * src/test/resources/spark-results) read on the calling thread, shown as themes, exports and charts, narrowed by
 * the results' own filter; a folder that is not one refused in a sentence.
 */
class ResultsViewModelTest {

    @TempDir
    Path dir;

    private ResultsViewModel model;

    static Path fixture() throws Exception {
        return Path.of(ResultsViewModelTest.class.getResource("/spark-results/themes.json").toURI()).getParent();
    }

    @BeforeEach
    void openTheResults() throws Exception {
        model = new ResultsViewModel(new SparkResultsService(), BackgroundRunner.SAME_THREAD,
                BackgroundRunner.SAME_THREAD);
        model.open(fixture());
    }

    @Test
    void theThemesAndTheExportsAreShown() {
        assertThat(model.resultsProperty().get()).isNotNull();
        assertThat(model.themes()).extracting(r -> r.jobId() + " " + r.name() + " " + r.requests() + " " + r.inFilter())
                .containsExactly("3 water, drain, storm 1446 1446", "9 music, loud, party 1003 1003",
                        "0 Unclear 126 126", "-1 No description 550 550");
        assertThat(model.files()).singleElement().satisfies(f -> assertThat(f.rowsImported()).isEqualTo(3_125));
        assertThat(model.summaryProperty().get()).isEqualTo("3,125 requests from 1 export in 2 themes (themes found "
                + "on a sample of 20,000, meaning on)");
        assertThat(model.statusProperty().get()).contains("editing, exporting and finding themes again");
        assertThat(model.firstDayProperty().get()).isEqualTo(LocalDate.of(2023, 1, 1));
        assertThat(model.lastDayProperty().get()).isEqualTo(LocalDate.of(2025, 9, 30));
        assertThat(model.categories()).contains("Missed Garbage Pickup").doesNotContain("");
        assertThat(model.districts()).contains("District 3");
    }

    @Test
    void theChartsComeFromTheCubeWithoutTheHourOfDay() {
        ChartsViewModel charts = model.charts();
        assertThat(charts.dataProperty().get()).isNotNull();
        assertThat(charts.summaryProperty().get()).isEqualTo("3,125 requests in 2 themes · Jan 1, 2023 to Sep 30, 2025");
        assertThat(charts.sizes()).extracting(ChartsData.ThemeSize::label).containsExactly("water, drain, storm",
                "music, loud, party", "No description", "Unclear");
        assertThat(charts.trends()).hasSize(2);
        assertThat(charts.trends().get(0).points()).hasSize(33);
        assertThat(charts.seasonality(Cycle.MONTH_OF_YEAR)).hasSize(2);
        assertThat(charts.seasonality(Cycle.HOUR_OF_DAY)).isEmpty();
        assertThat(charts.cyclesNoteProperty().get()).contains("No hour of the day");
        assertThat(charts.clickNoteProperty().get()).contains("a click narrows the filter");
        assertThat(charts.crossColumns()).containsExactly(ChartsData.CrossColumn.CATEGORY,
                ChartsData.CrossColumn.DISTRICT);
        charts.emergingPeriodProperty().set(Period.MONTH);
        assertThat(charts.emerging()).isNotEmpty();
    }

    @Test
    void theFilterNarrowsTheChartsAndTheThemesCounts() {
        model.filter().fromProperty().set(LocalDate.of(2024, 7, 1));
        model.filter().toProperty().set(LocalDate.of(2024, 7, 31));
        long july = model.charts().dataProperty().get().total();
        assertThat(july).isPositive().isLessThan(300);
        assertThat(model.themes().stream().mapToLong(ResultThemeRow::inFilter).sum()).isEqualTo(july);
        assertThat(model.themes().get(0).requests()).isEqualTo(1_446);

        model.filter().districtProperty().set("District 3");
        long julyInThree = model.charts().dataProperty().get().total();
        assertThat(julyInThree).isPositive().isLessThan(july);
        assertThat(model.charts().summaryProperty().get()).startsWith(String.format("%,d requests", julyInThree));
    }

    @Test
    void aChartClickNarrowsTheFilterAndSelectsTheTheme() {
        model.select(ChartSelection.theme(1).withRange(new DateRange(LocalDate.of(2024, 3, 1),
                LocalDate.of(2024, 3, 31))).withCategory("Noise Complaint"));
        assertThat(model.filter().current().range().from()).isEqualTo(LocalDate.of(2024, 3, 1));
        assertThat(model.filter().current().category()).isEqualTo("Noise Complaint");
        assertThat(model.selectedThemeProperty().get()).isEqualTo(1);
        assertThat(model.charts().dataProperty().get().total()).isEqualTo(
                model.themes().stream().mapToLong(ResultThemeRow::inFilter).sum());
    }

    @Test
    void aFolderThatIsNotResultsIsRefusedAndWhatWasShownStays() throws Exception {
        Files.writeString(dir.resolve("requests.csv"), "id,description\n1,pothole\n");
        model.open(dir);
        assertThat(model.errorProperty().get()).isEqualTo(dir.toAbsolutePath()
                + " is not the output folder of the CivicThemes Spark job: it holds no themes.json. Choose the folder "
                + "the Spark job was given as --out.");
        assertThat(model.resultsProperty().get()).isNotNull();
        assertThat(model.isResultsFolder(dir)).isFalse();
        assertThat(model.isResultsFolder(fixture())).isTrue();
    }

    @Test
    void openingAnExportAfterwardsGoesBackToTheAnalysis() throws Exception {
        WorkbenchModel workbench = new WorkbenchModel(BackgroundRunner.SAME_THREAD);
        workbench.results().open(fixture());
        assertThat(workbench.results().resultsProperty().get()).isNotNull();
        assertThat(workbench.status().get()).contains("Opened spark-results");

        workbench.importer().setOnImported(result -> workbench.analysis().analyze(result,
                new AnalysisViewModel.RunChoices(new ThemeCount(6), 42, TextChoices.DEFAULTS, DateRange.ALL)));
        workbench.importer().open(Path.of("sample-data", "riverton-311-requests.xlsx"));

        assertThat(workbench.analysis().stateProperty().get()).isNotNull();
        assertThat(workbench.results().resultsProperty().get()).isNull();
        assertThat(workbench.results().themes()).isEmpty();
    }
}
