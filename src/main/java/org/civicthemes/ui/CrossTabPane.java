package org.civicthemes.ui;

import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import org.civicthemes.ui.ChartsData.CrossRow;
import org.civicthemes.ui.ChartsData.CrossTable;

/**
 * Themes against the export's own categories (or districts) as a table shaded like a heatmap: how much of each
 * theme falls in each category. A click on a cell selects the theme within that category.
 */
final class CrossTabPane extends VBox {

    private static final String EXPLANATION = "Each cell counts a theme's requests in one category; its shade is "
            + "the share of the theme's requests in that category. A theme spread over many categories is a problem "
            + "the categories split up; a category spread over many themes hides several problems.";

    private final ChartsViewModel model;
    private final Consumer<ChartSelection> onSelect;
    private final TableView<CrossRow> table = new TableView<>();

    CrossTabPane(ChartsViewModel model, Consumer<ChartSelection> onSelect) {
        this.model = model;
        this.onSelect = onSelect;
        getStyleClass().add("chart-panel");
        ChoiceBox<ChartsData.CrossColumn> column = new ChoiceBox<>(model.crossColumns());
        column.setId("crossColumnChoice");
        column.valueProperty().bindBidirectional(model.crossColumnProperty());
        column.setTooltip(ChartNodes.tooltip("Cross the themes with the export's category, or its district"));
        HBox controls = new HBox(8, new Label("Themes by"), column);
        controls.setAlignment(Pos.CENTER_LEFT);
        controls.getStyleClass().add("chart-controls");

        table.setId("categoryCrossTab");
        table.getStyleClass().add("cross-tab");
        table.setPlaceholder(new Label("No requests in the filter."));
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(ChartNodes.heading("Themes by category"), ChartNodes.noteWithClick(model,
                "How the themes fall into the export's own categories. Hover a cell for the numbers;",
                "click it to see those requests.", "click it to narrow the filter to its category or district.",
                EXPLANATION), controls, table);
        model.crossTableProperty().addListener((o, old, now) -> show(now));
        show(model.crossTableProperty().get());
    }

    private void show(CrossTable tab) {
        table.getColumns().clear();
        if (tab == null) {
            table.getItems().clear();
            return;
        }
        TableColumn<CrossRow, String> theme = new TableColumn<>("Theme");
        theme.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().label()));
        theme.setPrefWidth(220);
        TableColumn<CrossRow, String> total = new TableColumn<>("Requests");
        total.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(ChartFormat.count(c.getValue().total())));
        total.setPrefWidth(80);
        total.setStyle("-fx-alignment: CENTER-RIGHT;");
        table.getColumns().add(theme);
        table.getColumns().add(total);
        for (int v = 0; v < tab.values().size(); v++) {
            table.getColumns().add(valueColumn(tab, v));
        }
        table.getItems().setAll(tab.rows());
    }

    private TableColumn<CrossRow, Number> valueColumn(CrossTable tab, int value) {
        String name = tab.values().get(value);
        TableColumn<CrossRow, Number> column = new TableColumn<>();
        Label header = new Label(name);
        header.setTooltip(ChartNodes.tooltip(tab.column().displayName() + " " + name + ": "
                + ChartFormat.count(tab.valueTotal(value)) + " requests in the filter"));
        column.setGraphic(header);
        column.setPrefWidth(Math.max(64, Math.min(180, 7.5 * name.length() + 18)));
        column.setSortable(false);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().count(value)));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Number item, boolean empty) {
                super.updateItem(item, empty);
                CrossRow row = empty || getTableRow() == null ? null : getTableRow().getItem();
                if (row == null || item == null) {
                    setText(null);
                    setStyle("");
                    setTooltip(null);
                    setOnMouseClicked(null);
                    return;
                }
                long count = item.longValue();
                double share = row.total() == 0 ? 0 : count / (double) row.total();
                Color colour = HeatColours.sequential(share);
                setText(count == 0 ? "" : ChartFormat.count(count));
                setAlignment(Pos.CENTER_RIGHT);
                setStyle("-fx-background-color: " + HeatColours.css(colour) + ";"
                        + (HeatColours.dark(colour) ? " -fx-text-fill: white;" : ""));
                long valueTotal = tab.valueTotal(value);
                setTooltip(ChartNodes.tooltip(row.label() + " · " + name + "\n" + ChartFormat.count(count)
                        + " requests: " + ChartFormat.percent(share) + " of the theme, "
                        + ChartFormat.percent(valueTotal == 0 ? 0 : count / (double) valueTotal) + " of the "
                        + tab.column().displayName().toLowerCase(java.util.Locale.ROOT)
                        + "\n" + ChartNodes.click(model, "Click to see these requests.",
                        "Click to narrow the filter to it.")));
                ChartNodes.onClick(this, () -> onSelect.accept(model.crossSelection(row.themeId(), name)));
            }
        });
        return column;
    }
}
