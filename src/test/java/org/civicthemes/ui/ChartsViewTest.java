package org.civicthemes.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;
import org.civicthemes.analysis.Cycle;
import org.civicthemes.analysis.Period;
import org.civicthemes.model.DateRange;
import org.civicthemes.testdata.SampleByType;
import org.civicthemes.ui.ChartsData.ThemeSize;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Charts tab headless, on the sample grouped by type, at about the size it gets in a 1366 x 768 workbench
 * (the headless screen is 1280 x 800): clicks reach the workbench as selections.
 */
@ExtendWith(ApplicationExtension.class)
class ChartsViewTest {

    private static final DateRange JULY_2024 = new DateRange(
            LocalDate.of(2024, 7, 1), LocalDate.of(2024, 7, 31));

    private static SampleByType sample;

    private final List<ChartSelection> selections = new ArrayList<>();
    private ChartsViewModel model;

    @BeforeAll
    static void loadTheSample() throws Exception {
        sample = SampleByType.load();
    }

    @Start
    void start(Stage stage) {
        model = new ChartsViewModel();
        model.stateProperty().set(new ViewState(sample.dataset(), sample.run(), RequestFilter.NONE));
        Scene scene = new Scene(new ChartsView(model, selections::add), 1280, 640);
        scene.getStylesheets().add(WorkbenchApp.class.getResource("workbench.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void clickingTheTopBarSelectsTheLargestTheme(FxRobot robot) {
        Node topBar = bars(robot).stream().min(Comparator.comparingDouble(n -> n.localToScene(n.getBoundsInLocal()).getMinY())).orElseThrow();

        robot.clickOn(topBar);
        WaitForAsyncUtils.waitForFxEvents();

        ThemeSize largest = model.sizes().get(0);
        assertThat(selections).containsExactly(ChartSelection.theme(largest.themeId()));
        assertThat(bars(robot)).hasSize(ThemeSizesChart.MAX_BARS);
    }

    /** The bars of the sizes chart (its hidden legend draws one more node styled as a bar). */
    private static List<Node> bars(FxRobot robot) {
        return robot.lookup("#sizesChart .chart-bar").queryAll().stream()
                .filter(n -> !n.getStyleClass().contains("bar-legend-symbol")).toList();
    }

    @Test
    void choosingWeeksRedrawsTheTrendsWithMorePoints(FxRobot robot) {
        int months = pointsOfTheFirstSeries(robot);

        robot.clickOn("#periodChoice").clickOn("Week");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(model.periodProperty().get()).isEqualTo(Period.WEEK);
        assertThat(robot.lookup("#periodChoice").queryAs(ChoiceBox.class).getValue()).isEqualTo(Period.WEEK);
        assertThat(pointsOfTheFirstSeries(robot)).isGreaterThan(4 * months);
    }

    private static int pointsOfTheFirstSeries(FxRobot robot) {
        XYChart<?, ?> chart = robot.lookup("#trendsChart").queryAs(XYChart.class);
        return chart.getData().get(0).getData().size();
    }

    @Test
    void clickingAJulyCellOfTheFireworksRowSelectsFireworksInTheLatestJuly(FxRobot robot) {
        robot.clickOn("#seasonalityTab");
        WaitForAsyncUtils.waitForFxEvents();
        int fireworks = sample.themeOf("Fireworks");
        int row = 1 + model.seasonality(Cycle.MONTH_OF_YEAR).stream()
                .map(ChartsData.SeasonRow::themeId).toList().indexOf(fireworks);
        Node july = robot.lookup("#monthHeatmap .heatmap-cell").queryAll().stream()
                .filter(n -> GridPane.getRowIndex(n) == row
                        && GridPane.getColumnIndex(n) == 2 + 6)
                .findFirst().orElseThrow();
        scrollIntoView(robot, july);

        robot.clickOn(july);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(selections).containsExactly(ChartSelection.theme(fireworks).withRange(new org.civicthemes.model.DateRange(
                java.time.LocalDate.of(2025, 7, 1), java.time.LocalDate.of(2025, 7, 31))));
    }

    private static void scrollIntoView(FxRobot robot, Node node) {
        ScrollPane scroll = robot.lookup(".heatmap-scroll").queryAs(ScrollPane.class);
        robot.interact(() -> {
            Bounds content = scroll.getContent().getLayoutBounds();
            Bounds inContent = scroll.getContent().sceneToLocal(node.localToScene(node.getBoundsInLocal()));
            double viewport = scroll.getViewportBounds().getHeight();
            double y = Math.max(0, inContent.getMinY() - viewport / 2);
            scroll.setVvalue(content.getHeight() <= viewport ? 0 : y / (content.getHeight() - viewport));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void clickingAMonthOfOneThemesTrendSelectsThatMonth(FxRobot robot) {
        int fireworks = sample.themeOf("Fireworks");
        robot.interact(() -> model.trendThemeProperty().set(fireworks));
        @SuppressWarnings("unchecked")
        XYChart<Number, Number> chart = robot.lookup("#trendsChart").queryAs(XYChart.class);
        Node july = chart.getData().get(0).getData().stream()
                .filter(d -> d.getXValue().longValue() == JULY_2024.from().toEpochDay())
                .findFirst().orElseThrow().getNode();

        robot.clickOn(july);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(selections).containsExactly(new ChartSelection(fireworks, "", "", JULY_2024));
    }

    @Test
    void theEmergingTableListsEveryGroupAndACrossTabCellSelectsThemeAndCategory(FxRobot robot) {
        robot.clickOn("#emergingTab");
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> emerging = robot.lookup("#emergingTable").queryAs(TableView.class);
        assertThat(emerging.getItems()).hasSize(sample.types().size() + 2);

        robot.clickOn("#crossTabTab");
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> cross = robot.lookup("#categoryCrossTab").queryAs(TableView.class);
        assertThat(cross.getColumns()).hasSize(2 + sample.types().size());
        ThemeSize largest = model.sizes().get(0);
        Node cell = robot.lookup("#categoryCrossTab .table-cell").queryAll().stream()
                .map(n -> (TableCell<?, ?>) n)
                .filter(c -> c.getIndex() == 0 && c.getTableColumn() == cross.getColumns().get(2))
                .findFirst().orElseThrow();

        robot.clickOn(cell);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(selections).containsExactly(ChartSelection.theme(largest.themeId()).withCategory(largest.label()));
    }
}
