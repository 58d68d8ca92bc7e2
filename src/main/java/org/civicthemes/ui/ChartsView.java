package org.civicthemes.ui;

import java.util.Objects;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;

/**
 * The Charts tab: theme sizes and trends, seasonality heatmaps, emerging themes and the theme x category
 * cross-tab, one page each. Binds to a {@link ChartsViewModel} and holds no state of its own; every click on a
 * bar, point, cell or row is handed to {@code onSelect} so the workbench can filter its request table.
 */
public final class ChartsView extends BorderPane {

    public ChartsView(ChartsViewModel model, Consumer<ChartSelection> onSelect) {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(onSelect, "onSelect");
        setId("chartsView");
        getStyleClass().add("charts-view");
        getStylesheets().add(Objects.requireNonNull(ChartsView.class.getResource("charts.css")).toExternalForm());

        Label summary = new Label();
        summary.setId("chartsSummary");
        summary.getStyleClass().add("charts-summary");
        summary.textProperty().bind(model.summaryProperty());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setId("chartsBusy");
        busy.setPrefSize(16, 16);
        busy.visibleProperty().bind(model.computingProperty());
        Label clicks = new Label();
        clicks.setId("chartsClickNote");
        clicks.getStyleClass().add("chart-note");
        clicks.textProperty().bind(model.clickNoteProperty());
        HBox header = new HBox(8, summary, busy, clicks);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("charts-header");
        setTop(header);

        SplitPane sizesAndTrends = new SplitPane(new ThemeSizesChart(model, onSelect), new TrendsPane(model, onSelect));
        sizesAndTrends.setDividerPositions(0.40);
        TabPane pages = new TabPane(
                page("Sizes and trends", "sizesTab", sizesAndTrends),
                page("Seasonality", "seasonalityTab", new SeasonalityPane(model, onSelect)),
                page("Emerging themes", "emergingTab", new EmergingPane(model, onSelect)),
                page("Themes by category", "crossTabTab", new CrossTabPane(model, onSelect)));
        pages.setId("chartPages");
        pages.getStyleClass().add("chart-pages");
        pages.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);

        Label message = new Label();
        message.setId("chartsMessage");
        message.getStyleClass().add("charts-message");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        message.visibleProperty().bind(model.messageProperty().isNotEmpty());
        pages.visibleProperty().bind(message.visibleProperty().not());
        setCenter(new StackPane(pages, message));
    }

    private static Tab page(String title, String id, javafx.scene.Node content) {
        Tab tab = new Tab(title, content);
        tab.setId(id);
        return tab;
    }
}
