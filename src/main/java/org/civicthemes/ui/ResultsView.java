package org.civicthemes.ui;

import java.util.stream.Collectors;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.civicthemes.model.ResultFile;

/**
 * The window's centre while a Spark run's results are open: their own filter bar, then the themes (with a plain
 * word in place of the requests), the charts of the count cube, and what became of every export's rows. Binding
 * only; the state is {@link ResultsViewModel}'s.
 */
final class ResultsView extends VBox {

    private final TabPane tabs;

    ResultsView(ResultsViewModel model) {
        setId("resultsView");
        FilterBar filterBar = new FilterBar(model.filter(), model, null);
        Label summary = new Label();
        summary.setId("resultsSummary");
        summary.getStyleClass().add("charts-summary");
        summary.textProperty().bind(model.summaryProperty().map(s -> s.isEmpty() ? "" : "Spark results: " + s));
        Label folder = new Label();
        folder.setId("resultsFolder");
        folder.textProperty().bind(model.resultsProperty().map(r -> r.folder().toString()));
        VBox header = new VBox(2, summary, folder);
        header.setPadding(new Insets(4, 8, 0, 8));

        Tab themes = new Tab("Themes", themesPane(model));
        themes.setId("resultsThemesTab");
        Tab charts = new Tab("Charts", new ChartsView(model.charts(), model::select));
        charts.setId("resultsChartsTab");
        Tab exports = new Tab("Exports read", filesTable(model));
        exports.setId("resultsFilesTab");
        tabs = new TabPane(themes, charts, exports);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        getChildren().addAll(header, filterBar, tabs);
    }

    TabPane tabs() {
        return tabs;
    }

    private static VBox themesPane(ResultsViewModel model) {
        TableView<ResultThemeRow> table = new TableView<>(model.themes());
        table.setId("resultsThemesTable");
        TableColumn<ResultThemeRow, Integer> id = Cells.column("Id", 60, ResultThemeRow::jobId,
                "The theme's id in the results and its codebook (0 Unclear, -1 No description)");
        TableColumn<ResultThemeRow, String> name = Cells.column("Theme", 320, ResultThemeRow::name, null);
        TableColumn<ResultThemeRow, String> proposed = Cells.column("Proposed", 80,
                r -> r.proposed() ? "proposed" : "", "Proposed by the run for requests that fit no codebook theme");
        TableColumn<ResultThemeRow, Long> requests = Cells.column("Requests", 100, ResultThemeRow::requests,
                "Requests of the whole set");
        Cells.formatted(requests, ChartFormat::count);
        TableColumn<ResultThemeRow, Double> share = Cells.column("Share", 80, ResultThemeRow::share,
                "Share of all requests");
        Cells.formatted(share, ChartFormat::percent);
        TableColumn<ResultThemeRow, Long> inFilter = Cells.column("In the filter", 100, ResultThemeRow::inFilter,
                "Requests that pass the filter bar's dates, category and district");
        Cells.formatted(inFilter, n -> n == ResultThemeRow.NOT_COUNTED ? "…" : ChartFormat.count(n));
        table.getColumns().setAll(java.util.List.of(id, name, proposed, requests, share, inFilter));
        id.setMaxWidth(80);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        model.selectedThemeProperty().addListener((o, before, after) -> table.getItems().stream()
                .filter(r -> r.themeId() == after.intValue()).findFirst()
                .ifPresent(r -> table.getSelectionModel().select(r)));
        Label noRequests = new Label(ResultsViewModel.NO_REQUESTS + " " + ResultsViewModel.COUNTS_ONLY);
        noRequests.setId("resultsNoRequests");
        noRequests.setWrapText(true);
        noRequests.getStyleClass().add("note");
        VBox pane = new VBox(8, table, noRequests);
        pane.setPadding(new Insets(8));
        VBox.setVgrow(table, Priority.ALWAYS);
        return pane;
    }

    private static TableView<ResultFile> filesTable(ResultsViewModel model) {
        TableView<ResultFile> table = new TableView<>(model.files());
        table.setId("resultsFilesTable");
        TableColumn<ResultFile, String> file = Cells.column("Export", 360, ResultFile::file, null);
        TableColumn<ResultFile, Long> read = Cells.column("Rows read", 90, ResultFile::rowsRead, null);
        Cells.formatted(read, ChartFormat::count);
        TableColumn<ResultFile, Long> imported = Cells.column("Imported", 90, ResultFile::rowsImported, null);
        Cells.formatted(imported, ChartFormat::count);
        TableColumn<ResultFile, Long> skipped = Cells.column("Skipped", 80, ResultFile::rowsSkipped, null);
        Cells.formatted(skipped, ChartFormat::count);
        TableColumn<ResultFile, String> reasons = Cells.column("Skipped because", 220, ResultsView::reasons, null);
        TableColumn<ResultFile, Long> noText = Cells.column("No description", 100, ResultFile::rowsWithoutText,
                "Imported requests without a description");
        Cells.formatted(noText, ChartFormat::count);
        TableColumn<ResultFile, Long> dateless = Cells.column("No date", 80, ResultFile::dateless,
                "Imported requests without a readable created date");
        Cells.formatted(dateless, ChartFormat::count);
        TableColumn<ResultFile, String> refused = Cells.column("Refused", 300, ResultFile::refused,
                "Why the whole file could not be read");
        table.getColumns().setAll(java.util.List.of(file, read, imported, skipped, reasons, noText, dateless,
                refused));
        table.getColumns().forEach(c -> c.setMinWidth(c.getPrefWidth()));
        table.setPlaceholder(new Label("No exports listed in themes.json."));
        return table;
    }

    private static String reasons(ResultFile file) {
        return file.skipped().entrySet().stream().map(e -> e.getKey() + ": " + ChartFormat.count(e.getValue()))
                .collect(Collectors.joining("; "));
    }
}
