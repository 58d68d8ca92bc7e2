package org.civicthemes.ui;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.civicthemes.model.ColumnAssignment;
import org.civicthemes.model.ImportWarning;
import org.civicthemes.model.ServiceRequest;
import org.civicthemes.model.SkippedRow;

/** The import report tab and the table of all imported requests: what was read, how, and what was not. */
final class ImportReportView {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.US);

    private final ImportViewModel model;
    private final ThemesViewModel themes;
    private final Runnable changeRoles;

    /** @param changeRoles opens the column roles dialog */
    ImportReportView(ImportViewModel model, ThemesViewModel themes, Runnable changeRoles) {
        this.model = model;
        this.themes = themes;
        this.changeRoles = changeRoles;
    }

    TableView<ServiceRequest> requestsTable() {
        TableView<ServiceRequest> table = new TableView<>(model.requests());
        table.setId("requestsTable");
        table.setPlaceholder(new Label("No requests yet. Open a 311 export with File > Open, or drop it here."));
        TableColumn<ServiceRequest, Integer> row = Cells.column("Row", 72, r -> r.sourceRow(),
                "Row number in the source file");
        row.setMinWidth(72); // seven digits, however narrow the window
        table.getColumns().add(row);
        table.getColumns().add(Cells.column("Created", 140,
                r -> r.created() == null ? "" : DATE_TIME.format(r.created()), "When the request was created"));
        table.getColumns().add(Cells.column("Category", 180, ServiceRequest::category,
                "The official category in the export"));
        table.getColumns().add(Cells.column("District", 110, ServiceRequest::district, null));
        TableColumn<ServiceRequest, ServiceRequest> theme = Cells.column("Theme", 170, r -> r,
                "The request's theme, as the Themes tab names it now");
        theme.setSortable(false);
        theme.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(ServiceRequest item, boolean empty) {
                super.updateItem(item, empty);
                ThemesViewModel.RequestThemes themed = themes.requestThemesProperty().get();
                // the table lists the dataset's requests in order, so a row's index is the request's position
                boolean known = !empty && item != null && themed != null && getIndex() < themed.dataset().size()
                        && themed.dataset().requests().get(getIndex()) == item;
                setText(known ? themed.labelOf(getIndex()) : null);
            }
        });
        table.getColumns().add(theme);
        TableColumn<ServiceRequest, String> text = Cells.column("Request text", 560, r -> themes.shown(r.text()),
                "What the resident wrote, with personal data redacted as in the exports");
        table.getColumns().add(text);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        // new themes, names or redaction choices: the visible rows are drawn again
        themes.requestThemesProperty().addListener((o, before, after) -> table.refresh());
        return table;
    }

    Node reportPane() {
        Label summary = new Label();
        summary.setId("summaryLabel");
        summary.getStyleClass().add("summary");
        summary.textProperty().bind(model.summaryProperty());
        Label error = new Label();
        error.setId("errorLabel");
        error.getStyleClass().add("error");
        error.setWrapText(true);
        error.textProperty().bind(model.errorProperty());
        error.visibleProperty().bind(model.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());

        TableView<ColumnAssignment> columns = new TableView<>(model.columns());
        columns.setId("columnsTable");
        columns.setPlaceholder(new Label("Column roles appear here after a file is read."));
        columns.getColumns().add(Cells.column("Role", 130, a -> a.role().displayName(), null));
        columns.getColumns().add(Cells.column("Column(s)", 220, a -> String.join(" + ", a.columns()), null));
        columns.getColumns().add(Cells.column("Confidence", 100,
                a -> String.format(Locale.US, "%.0f%%", a.confidence() * 100),
                "How sure the detector is that the column holds this role"));
        columns.getColumns().add(Cells.column("Why", 380, ColumnAssignment::evidence, null));
        columns.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        ListView<String> notes = new ListView<>(model.notes());
        notes.setId("notesList");
        notes.setPlaceholder(new Label("No notes."));
        notes.setCellFactory(v -> new javafx.scene.control.ListCell<>() {
            {
                setWrapText(true);
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
            }
        });

        TableView<ImportWarning> warnings = new TableView<>(model.warnings());
        warnings.setId("warningsTable");
        warnings.setPlaceholder(new Label("No warnings: every value was read as expected."));
        warnings.getColumns().add(Cells.column("Row", 70, ImportWarning::row, null));
        warnings.getColumns().add(Cells.column("Column", 150, ImportWarning::column, null));
        warnings.getColumns().add(Cells.column("Value", 200, ImportWarning::value, null));
        warnings.getColumns().add(Cells.column("What happened", 480, ImportWarning::message, null));
        warnings.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        ListView<SkippedRow> skipped = new ListView<>(model.skipped());
        skipped.setId("skippedList");
        skipped.setPlaceholder(new Label("No rows were skipped."));
        skipped.setCellFactory(v -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(SkippedRow item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : "Row " + item.row() + ": " + item.reason());
            }
        });

        SplitPane lower = new SplitPane(titled("Warnings (the first " + org.civicthemes.model.ImportReport
                .WARNINGS_KEPT_PER_KIND + " of each kind)", warnings), titled("Skipped rows", skipped));
        lower.setDividerPositions(0.75);
        Button roles = new Button("Change column roles…");
        roles.setId("changeRolesButton");
        roles.setTooltip(new Tooltip("Choose another column for any role; the file is read again"));
        roles.setOnAction(e -> changeRoles.run());
        roles.disableProperty().bind(model.runningProperty()
                .or(javafx.beans.binding.Bindings.isEmpty(model.columns())));
        VBox columnsBox = new VBox(4, titled("Columns", columns), roles);
        VBox.setVgrow(columnsBox.getChildren().get(0), Priority.ALWAYS);
        SplitPane upper = new SplitPane(columnsBox, titled("Notes", notes));
        upper.setDividerPositions(0.6);
        SplitPane parts = new SplitPane(upper, lower);
        parts.setOrientation(javafx.geometry.Orientation.VERTICAL);
        VBox box = new VBox(8, summary, error, parts);
        VBox.setVgrow(parts, Priority.ALWAYS);
        box.setPadding(new Insets(10));
        return box;
    }

    private static Node titled(String title, Node content) {
        Label label = new Label(title);
        label.getStyleClass().add("section-title");
        VBox box = new VBox(4, label, content);
        VBox.setVgrow(content, Priority.ALWAYS);
        return box;
    }


}
