package org.civicthemes.ui;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.civicthemes.ui.ChartsData.ThemeSize;

/** Theme sizes as horizontal bars, largest on top; a click on a bar selects the theme. */
final class ThemeSizesChart extends VBox {

    /** Themes beyond this many are left out of the chart (the note says how many). */
    static final int MAX_BARS = 20;
    private static final int MAX_LABEL = 30;
    private static final String SPECIAL_BAR = "-fx-background-color: #b8c2cc;";

    private final ChartsViewModel model;
    private final Consumer<ChartSelection> onSelect;
    private final BarChart<Number, String> chart;
    private final javafx.scene.control.Label note = ChartNodes.note("", null);

    ThemeSizesChart(ChartsViewModel model, Consumer<ChartSelection> onSelect) {
        this.model = model;
        this.onSelect = onSelect;
        NumberAxis requests = new NumberAxis();
        requests.setLabel("Requests");
        requests.setForceZeroInRange(true);
        requests.setTickLabelFormatter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Number value) {
                return ChartFormat.count(value.longValue());
            }

            @Override
            public Number fromString(String text) {
                return Long.parseLong(text.replace(",", ""));
            }
        });
        CategoryAxis themes = new CategoryAxis();
        chart = new BarChart<>(requests, themes);
        chart.setId("sizesChart");
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        chart.setCategoryGap(5);
        chart.setBarGap(0);
        chart.setHorizontalGridLinesVisible(false);
        VBox.setVgrow(chart, Priority.ALWAYS);
        getStyleClass().add("chart-panel");
        getChildren().addAll(ChartNodes.heading("Theme sizes"), ChartNodes.noteWithClick(model,
                "Requests in each theme within the filter.", "Click a bar to see its requests.",
                "Click a bar to pick its theme in the Themes tab.",
                "Share: the part of all requests in the filter that fall in the theme."), chart, note);
        model.sizes().addListener((ListChangeListener<ThemeSize>) c -> refresh());
        refresh();
    }

    private void refresh() {
        List<ThemeSize> themes = model.sizes().stream().filter(s -> !s.special() && s.count() > 0).toList();
        List<ThemeSize> shown = new ArrayList<>(themes.subList(0, Math.min(MAX_BARS, themes.size())));
        model.sizes().stream().filter(ThemeSize::special).forEach(shown::add);
        XYChart.Series<Number, String> series = new XYChart.Series<>();
        Set<String> used = new HashSet<>();
        for (int i = shown.size() - 1; i >= 0; i--) {
            ThemeSize size = shown.get(i);
            XYChart.Data<Number, String> bar = new XYChart.Data<>(size.count(), uniqueName(size, used));
            bar.nodeProperty().addListener((o, old, node) -> {
                if (node != null) {
                    decorate(node, size);
                }
            });
            series.getData().add(bar);
        }
        chart.getData().setAll(List.of(series));
        int hidden = themes.size() - Math.min(MAX_BARS, themes.size());
        note.setText(hidden > 0 ? "Showing the " + MAX_BARS + " largest of " + themes.size() + " themes." : "");
        note.setVisible(hidden > 0);
        note.setManaged(hidden > 0);
    }

    private void decorate(javafx.scene.Node node, ThemeSize size) {
        if (size.special()) {
            node.setStyle(SPECIAL_BAR); // a style class would be reset by the chart when it lays the bar out
        }
        ChartNodes.tooltip(node, size.label() + "\n" + ChartFormat.count(size.count()) + " requests, "
                + ChartFormat.percent(size.share()) + " of the requests in the filter"
                + (size.special() ? "\n" + specialMeaning(size) : ""));
        ChartNodes.onClick(node, () -> onSelect.accept(ChartSelection.theme(size.themeId())));
    }

    private static String specialMeaning(ThemeSize size) {
        return size.themeId() == org.civicthemes.model.ThemeAssignment.UNCLEAR
                ? "Requests with words, but not close enough to any theme."
                : "Requests with no usable words in their description.";
    }

    /** The axis needs distinct names: long labels are shortened, and a repeated one gets its theme number. */
    private static String uniqueName(ThemeSize size, Set<String> used) {
        String label = size.label().isBlank() ? "Theme " + (size.themeId() + 1) : size.label();
        if (label.length() > MAX_LABEL) {
            label = label.substring(0, MAX_LABEL - 1).strip() + "…";
        }
        String name = label;
        if (!used.add(name)) {
            name = label + " (" + (size.themeId() + 1) + ")";
            used.add(name);
        }
        return name;
    }
}
