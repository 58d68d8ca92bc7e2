package org.civicthemes.ui;

import java.util.Locale;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.civicthemes.analysis.SinceCodebook;

/**
 * The What changed tab: binds {@link SinceCodebookViewModel} to a table of the codebook's themes (most grown first),
 * a list of the proposed new themes with their top terms and examples, and a line naming the codebook themes with no
 * requests now.
 */
final class SinceCodebookPane extends VBox {

    SinceCodebookPane(SinceCodebookViewModel model) {
        super(6);
        setPadding(new Insets(8));
        setId("sinceCodebookPane");
        Label heading = new Label();
        heading.setId("sinceCodebookHeading");
        heading.setWrapText(true);
        heading.setStyle("-fx-font-weight: bold;");
        heading.textProperty().bind(model.headingProperty());
        Label basis = new Label();
        basis.setWrapText(true);
        basis.textProperty().bind(model.basisProperty());

        TableView<SinceCodebook.Kept> table = new TableView<>(model.themes());
        table.setId("sinceCodebookTable");
        table.setPlaceholder(new Label("No codebook themes."));
        TableColumn<SinceCodebook.Kept, Integer> id = Cells.column("Id", 45, SinceCodebook.Kept::id,
                "The theme's id in the codebook");
        TableColumn<SinceCodebook.Kept, String> name = Cells.column("Theme", 260, SinceCodebook.Kept::name, null);
        TableColumn<SinceCodebook.Kept, Long> before = Cells.column("Before", 80, SinceCodebook.Kept::before,
                "Requests before (the line above says what before counts)");
        Cells.formatted(before, ChartFormat::count);
        TableColumn<SinceCodebook.Kept, Long> now = Cells.column("Now", 80, SinceCodebook.Kept::now, "Requests now");
        Cells.formatted(now, ChartFormat::count);
        TableColumn<SinceCodebook.Kept, Double> shareBefore = Cells.column("Share before", 90,
                SinceCodebook.Kept::shareBefore, null);
        Cells.formatted(shareBefore, ChartFormat::percent);
        TableColumn<SinceCodebook.Kept, Double> shareNow = Cells.column("Share now", 80, SinceCodebook.Kept::shareNow,
                null);
        Cells.formatted(shareNow, ChartFormat::percent);
        TableColumn<SinceCodebook.Kept, Double> change = Cells.column("Change", 90, SinceCodebook.Kept::changePoints,
                "The change of the theme's share of all requests, in percentage points");
        Cells.formatted(change, v -> SinceCodebook.points(v) + " pts");
        id.setMaxWidth(70);
        table.getColumns().addAll(java.util.List.of(id, name, before, now, shareBefore, shareNow, change));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_SUBSEQUENT_COLUMNS);
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(SinceCodebook.Kept item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll("since-grew", "since-shrank");
                if (!empty && item != null && (item.grew() || item.shrank())) {
                    getStyleClass().add(item.grew() ? "since-grew" : "since-shrank");
                }
            }
        });

        Label proposedTitle = new Label("Proposed new themes: requests that fit no codebook theme, or that share words "
                + "much more common since it, grouped among themselves. Read the examples before keeping one.");
        proposedTitle.setStyle("-fx-font-weight: bold;");
        proposedTitle.setWrapText(true);
        ListView<SinceCodebook.Proposed> proposed = new ListView<>(model.proposed());
        proposed.setId("sinceCodebookProposed");
        proposed.setPlaceholder(new Label("None: every request fit a codebook theme, or too few fit none to form "
                + "a theme."));
        proposed.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(SinceCodebook.Proposed item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setText(null);
                    return;
                }
                StringBuilder text = new StringBuilder(String.format(Locale.US, "%d  %s (new): %,d requests. %s",
                        item.id(), item.name(), item.size(), String.join(", ", item.topTerms())));
                item.examples().forEach(e -> text.append("\n    “").append(e).append('”'));
                setText(text.toString());
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        Label emptyTitle = new Label("Codebook themes with no requests now:");
        emptyTitle.setStyle("-fx-font-weight: bold;");
        Label empty = new Label();
        empty.setId("sinceCodebookEmpty");
        empty.setWrapText(true);
        empty.textProperty().bind(model.emptyNowProperty());
        VBox.setVgrow(table, Priority.ALWAYS);
        proposed.setPrefHeight(190);
        proposed.setMinHeight(80);
        getChildren().addAll(heading, basis, table, proposedTitle, proposed, emptyTitle, empty);
        for (javafx.scene.Node n : java.util.List.of(basis, table, proposedTitle, proposed, emptyTitle, empty)) {
            n.visibleProperty().bind(model.placedProperty());
            n.managedProperty().bind(model.placedProperty());
        }
    }
}
