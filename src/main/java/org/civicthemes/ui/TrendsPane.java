package org.civicthemes.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedAreaChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.civicthemes.analysis.Period;
import org.civicthemes.analysis.TrendPoint;
import org.civicthemes.ui.ChartsData.ThemeSize;
import org.civicthemes.ui.ChartsData.TrendSeries;

/**
 * Requests per period of the largest themes (or one theme), as lines or stacked areas, with the choice of day,
 * week or month. A click on a point or an area selects the theme in that period.
 */
final class TrendsPane extends VBox {

    /** Above this many points per series, lines are drawn without dots. */
    private static final int MAX_SYMBOLS = 60;

    /** The trend colours (Tableau 10 and two more), by the colour number the view model gives a theme. */
    static final List<String> COLOURS = List.of("#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948",
            "#b07aa1", "#9c755f", "#ff9da7", "#bab0ac", "#499894", "#d37295");

    private final ChartsViewModel model;
    private final Consumer<ChartSelection> onSelect;
    private final StackPane holder = new StackPane();

    TrendsPane(ChartsViewModel model, Consumer<ChartSelection> onSelect) {
        this.model = model;
        this.onSelect = onSelect;
        getStyleClass().add("chart-panel");
        VBox.setVgrow(holder, Priority.ALWAYS);
        getChildren().addAll(ChartNodes.heading("Trends over time"), controls(), holder);
        model.trends().addListener((ListChangeListener<TrendSeries>) c -> redraw());
        model.stackedProperty().addListener((o, old, now) -> redraw());
        redraw();
    }

    private HBox controls() {
        ChoiceBox<Period> period = new ChoiceBox<>(FXCollections.observableArrayList(Period.values()));
        period.setId("periodChoice");
        period.setConverter(new StringConverter<>() {
            @Override
            public String toString(Period p) {
                return p == null ? "" : switch (p) {
                    case DAY -> "Day";
                    case WEEK -> "Week";
                    case MONTH -> "Month";
                };
            }

            @Override
            public Period fromString(String text) {
                return Period.valueOf(text.toUpperCase(java.util.Locale.ROOT));
            }
        });
        period.valueProperty().bindBidirectional(model.periodProperty());
        period.setTooltip(ChartNodes.tooltip("Count requests per day, per week (Monday to Sunday) or per calendar month"));

        ComboBox<Integer> themes = new ComboBox<>();
        themes.setId("trendThemeChoice");
        themes.setVisibleRowCount(14);
        themes.setPrefWidth(230);
        themes.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer id) {
                if (id == null) {
                    return "";
                }
                if (id == ChartsViewModel.LARGEST_THEMES) {
                    return "The " + ChartsViewModel.TOP_THEMES + " largest themes";
                }
                ChartsData data = model.dataProperty().get();
                return data == null ? "" : data.labelOf(id);
            }

            @Override
            public Integer fromString(String text) {
                return ChartsViewModel.LARGEST_THEMES;
            }
        });
        Runnable fill = () -> {
            ObservableList<Integer> ids = FXCollections.observableArrayList(ChartsViewModel.LARGEST_THEMES);
            model.trendChoices().stream().map(ThemeSize::themeId).forEach(ids::add);
            themes.getItems().setAll(ids);
            themes.setValue(model.trendThemeProperty().get());
        };
        model.trendChoices().addListener((ListChangeListener<ThemeSize>) c -> fill.run());
        fill.run();
        themes.valueProperty().addListener((o, old, now) -> {
            if (now != null) {
                model.trendThemeProperty().set(now);
            }
        });
        model.trendThemeProperty().addListener((o, old, now) -> themes.setValue(now.intValue()));
        themes.setTooltip(ChartNodes.tooltip("Show the largest themes together, or one theme on its own"));

        ToggleButton stacked = new ToggleButton("Stacked");
        stacked.setId("stackedToggle");
        stacked.selectedProperty().bindBidirectional(model.stackedProperty());
        stacked.setTooltip(ChartNodes.tooltip("Stack the themes as areas, so the top edge is their total; "
                + "off, each theme is its own line"));

        HBox bar = new HBox(8, new Label("Per"), period, new Label("Show"), themes, stacked);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("chart-controls");
        return bar;
    }

    private void redraw() {
        List<TrendSeries> trends = List.copyOf(model.trends());
        Period period = model.periodProperty().get();
        DateAxis time = timeAxis(trends);
        NumberAxis requests = new NumberAxis();
        requests.setLabel("Requests per " + period.name().toLowerCase(java.util.Locale.ROOT));
        requests.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number value) {
                return value.doubleValue() == Math.rint(value.doubleValue()) ? ChartFormat.count(value.longValue()) : "";
            }

            @Override
            public Number fromString(String text) {
                return Long.parseLong(text.replace(",", ""));
            }
        });
        XYChart<Number, Number> chart = model.stackedProperty().get()
                ? new StackedAreaChart<>(time, requests) : new LineChart<>(time, requests);
        chart.setId("trendsChart");
        chart.setAnimated(false);
        chart.setLegendSide(javafx.geometry.Side.BOTTOM);
        boolean symbols = !trends.isEmpty() && trends.get(0).points().size() <= MAX_SYMBOLS;
        if (chart instanceof LineChart<Number, Number> line) {
            line.setCreateSymbols(symbols);
        } else if (chart instanceof StackedAreaChart<Number, Number> area) {
            area.setCreateSymbols(symbols);
        }
        StringBuilder colours = new StringBuilder();
        for (int i = 0; i < trends.size(); i++) {
            // the chart colours its i-th series with SERIES_i (charts.css): here, the theme's own colour
            colours.append("SERIES_").append(i % 8).append(": ")
                    .append(COLOURS.get(model.trendColourOf(trends.get(i)) % COLOURS.size())).append("; ");
        }
        chart.setStyle(colours.toString());
        for (TrendSeries trend : trends) {
            XYChart.Series<Number, Number> series = new XYChart.Series<>();
            series.setName(trend.label());
            for (TrendPoint point : trend.points()) {
                XYChart.Data<Number, Number> data = new XYChart.Data<>(point.start().toEpochDay(), point.count());
                data.nodeProperty().addListener((o, old, node) -> {
                    if (node != null) {
                        decoratePoint(node, trend, point);
                    }
                });
                series.getData().add(data);
            }
            series.nodeProperty().addListener((o, old, node) -> {
                if (node != null) {
                    decorateSeries(node, trend, time);
                }
            });
            chart.getData().add(series);
        }
        if (trends.isEmpty() || trends.get(0).points().isEmpty()) {
            Label empty = new Label("No dated requests in the filter, so there is no trend to draw.");
            empty.getStyleClass().add("chart-note");
            holder.getChildren().setAll(chart, empty);
        } else {
            holder.getChildren().setAll(chart);
        }
    }

    private void decoratePoint(Node node, TrendSeries trend, TrendPoint point) {
        ChartNodes.tooltip(node, trend.label() + "\n" + periodName(point) + ": " + ChartFormat.count(point.count())
                + " requests\n" + ChartNodes.click(model, "Click to see these requests.",
                "Click to narrow the dates to this period."));
        ChartNodes.onClick(node, () -> onSelect.accept(model.trendSelection(trend.themeId(), point.start())));
    }

    /** A click on a line or an area selects the theme in the period nearest the mouse. */
    private void decorateSeries(Node node, TrendSeries trend, DateAxis time) {
        ChartNodes.tooltip(node, trend.label() + "\n" + ChartNodes.click(model,
                "Click to see this theme's requests in that period.", "Click to narrow the dates to that period."));
        node.setCursor(javafx.scene.Cursor.HAND);
        node.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            double x = time.sceneToLocal(e.getSceneX(), e.getSceneY()).getX();
            double day = time.getValueForDisplay(x).doubleValue();
            trend.points().stream()
                    .min(java.util.Comparator.comparingDouble(p -> Math.abs(p.start().toEpochDay() - day)))
                    .ifPresent(p -> onSelect.accept(model.trendSelection(trend.themeId(), p.start())));
        });
    }

    private String periodName(TrendPoint point) {
        return switch (model.periodProperty().get()) {
            case DAY -> ChartFormat.day(point.start());
            case WEEK -> "Week of " + ChartFormat.day(point.start());
            case MONTH -> ChartFormat.month(point.start());
        };
    }

    /** Days since 1970 on the axis, with ticks on calendar boundaries. */
    private static DateAxis timeAxis(List<TrendSeries> trends) {
        List<TrendPoint> points = trends.isEmpty() ? List.of() : trends.get(0).points();
        if (points.isEmpty()) {
            LocalDate today = LocalDate.now();
            return new DateAxis(today, today);
        }
        return new DateAxis(points.get(0).start(), points.get(points.size() - 1).start());
    }
}
