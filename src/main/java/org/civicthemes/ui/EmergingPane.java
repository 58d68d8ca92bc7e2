package org.civicthemes.ui;

import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.civicthemes.analysis.EmergingThemes;
import org.civicthemes.analysis.Period;
import org.civicthemes.analysis.TrendVerdict;
import org.civicthemes.ui.ChartsData.EmergingRow;

/**
 * The emerging (and fading) themes: each group's latest week or month against the periods before it. A click on
 * a row selects the theme in its latest period.
 */
final class EmergingPane extends VBox {

    private static final String EXPLANATION = EmergingThemes.EXPLANATION;

    EmergingPane(ChartsViewModel model, Consumer<ChartSelection> onSelect) {
        getStyleClass().add("chart-panel");
        ChoiceBox<Period> period = new ChoiceBox<>(FXCollections.observableArrayList(Period.WEEK, Period.MONTH));
        period.setId("emergingPeriodChoice");
        period.setConverter(new StringConverter<>() {
            @Override
            public String toString(Period p) {
                return p == null ? "" : p == Period.WEEK ? "week" : p == Period.MONTH ? "month" : "day";
            }

            @Override
            public Period fromString(String text) {
                return Period.valueOf(text.toUpperCase(java.util.Locale.ROOT));
            }
        });
        period.valueProperty().bindBidirectional(model.emergingPeriodProperty());
        Spinner<Integer> baseline = new Spinner<>(ChartsViewModel.MIN_BASELINE_PERIODS,
                ChartsViewModel.MAX_BASELINE_PERIODS, model.baselinePeriodsProperty().get());
        baseline.setId("baselineSpinner");
        baseline.setPrefWidth(70);
        baseline.setEditable(true);
        baseline.valueProperty().addListener((o, old, now) -> model.baselinePeriodsProperty().set(now));
        baseline.setTooltip(ChartNodes.tooltip("How many periods before the latest one make its expected count"));
        HBox controls = new HBox(8, new Label("Compare the latest"), period, new Label("with earlier years or, "
                + "without a year of data, the"), baseline, new Label("before it"));
        controls.setAlignment(Pos.CENTER_LEFT);
        controls.getStyleClass().add("chart-controls");

        TableView<EmergingRow> table = new TableView<>(model.emerging());
        table.setId("emergingTable");
        table.setPlaceholder(new Label("Emerging themes need dated requests over more than one period in the filter."));
        table.getColumns().add(column("Theme", 260, EmergingRow::label, null, false));
        table.getColumns().add(column("Latest", 90, r -> ChartFormat.count(r.verdict().latest()),
                "Requests in the latest period", true));
        table.getColumns().add(column("Expected", 90, r -> ChartFormat.expected(r.verdict().expected()),
                "Requests the baseline predicts for the latest period", true));
        table.getColumns().add(column("Ratio", 80, r -> ChartFormat.ratio(r.verdict().ratio()),
                "Latest over expected: 2.0× is twice the usual", true));
        table.getColumns().add(column("Verdict", 110, r -> verdictName(r.verdict().direction()), EXPLANATION, false));
        table.getColumns().add(column("q", 80, r -> r.verdict().used().tested()
                        ? ChartFormat.pValue(r.verdict().qValue()) : "not tested",
                "The chance of a difference this large if nothing had changed, adjusted for testing every theme "
                        + "(q); below " + org.civicthemes.analysis.FalseDiscovery.RATE + " means real", true));
        table.getColumns().add(column("Baseline", 170, r -> baselineName(r.verdict()),
                "What the latest period is compared with", false));
        table.getColumns().add(column("Latest period", 200, r -> ChartFormat.day(r.verdict().from()) + " to "
                + ChartFormat.day(r.verdict().to()), null, false));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setRowFactory(t -> {
            TableRow<EmergingRow> row = new TableRow<>() {
                @Override
                protected void updateItem(EmergingRow item, boolean empty) {
                    super.updateItem(item, empty);
                    getStyleClass().removeAll("emerging-row", "fading-row");
                    if (!empty && item != null && item.verdict().direction() != TrendVerdict.Direction.STEADY) {
                        getStyleClass().add(item.verdict().direction() == TrendVerdict.Direction.EMERGING
                                ? "emerging-row" : "fading-row");
                    }
                }
            };
            row.setOnMouseClicked(e -> {
                if (!row.isEmpty() && row.getItem() != null) {
                    onSelect.accept(ChartsViewModel.emergingSelection(row.getItem()));
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            EmergingRow selected = table.getSelectionModel().getSelectedItem();
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER && selected != null) {
                onSelect.accept(ChartsViewModel.emergingSelection(selected));
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(ChartNodes.heading("Emerging themes"), ChartNodes.noteWithClick(model,
                "Themes whose latest period stands out against earlier years or its recent past, most unusual "
                        + "first, as the exports judge them. Hover the headers for what the numbers mean;",
                "click a row (or press Enter) to see its requests.",
                "click a row (or press Enter) to narrow the dates to its latest period.", EXPLANATION),
                controls, table);
    }

    private static String baselineName(TrendVerdict v) {
        if (v.used().kind() == org.civicthemes.analysis.Baseline.EARLIER_YEARS) {
            int years = v.used().spans().size();
            return "same days, " + (years == 1 ? "1 year" : years + " years") + " before";
        }
        return "the periods before";
    }

    private static String verdictName(TrendVerdict.Direction direction) {
        return switch (direction) {
            case EMERGING -> "↑ Emerging";
            case FADING -> "↓ Fading";
            case STEADY -> "Steady";
        };
    }

    private static TableColumn<EmergingRow, String> column(String title, double width,
                                                           Function<EmergingRow, String> value, String tip,
                                                           boolean number) {
        TableColumn<EmergingRow, String> column = new TableColumn<>();
        Label header = new Label(title);
        if (tip != null) {
            header.setTooltip(ChartNodes.tooltip(tip));
        }
        column.setGraphic(header);
        column.setPrefWidth(width);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        if (number) {
            column.setCellFactory(c -> new TableCell<>() {
                @Override
                protected void updateItem(String item, boolean empty) {
                    super.updateItem(item, empty);
                    setText(empty ? null : item);
                    setAlignment(Pos.CENTER_RIGHT);
                }
            });
        }
        column.setSortable(false);
        return column;
    }
}
