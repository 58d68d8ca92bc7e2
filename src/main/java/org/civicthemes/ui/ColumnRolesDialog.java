package org.civicthemes.ui;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.collections.FXCollections;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.civicthemes.model.ColumnAssignment;
import org.civicthemes.model.ColumnRole;
import org.civicthemes.model.Dataset;
import org.civicthemes.model.ImportOptions;

/**
 * Shows the role detected for each column with its confidence, and lets the analyst choose another column for
 * any role; the file is then read again with those choices (the same as --text, --date, --column on the command
 * line).
 */
final class ColumnRolesDialog extends Dialog<ImportOptions> {

    private static final String DETECTED = "(as detected)";

    ColumnRolesDialog(Dataset dataset, ImportOptions current) {
        setTitle("Column roles");
        setHeaderText("Which column holds what. Change a role and the file is read again.");
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(6);
        grid.addRow(0, bold("Role"), bold("Column"), bold("Detected"));
        Map<ColumnRole, ComboBox<String>> boxes = new EnumMap<>(ColumnRole.class);
        int row = 1;
        for (ColumnRole role : ColumnRole.values()) {
            ComboBox<String> box = new ComboBox<>(FXCollections.observableArrayList(DETECTED));
            box.getItems().addAll(dataset.columns());
            box.setId("role-" + role.name().toLowerCase(Locale.ROOT));
            List<String> chosen = current.columns().get(role);
            box.setValue(chosen == null || chosen.isEmpty() ? DETECTED : chosen.get(0));
            boxes.put(role, box);
            String detected = dataset.mapping().get(role).map(ColumnRolesDialog::describe).orElse("not found");
            grid.addRow(row++, new Label(role.displayName()), box, new Label(detected));
        }
        VBox content = new VBox(8, grid, new Label("Request text can join several columns: use the command line's "
                + "--text A,B for that."));
        OkCancel.frame(this, content, () -> {
            Map<ColumnRole, List<String>> columns = new EnumMap<>(ColumnRole.class);
            boxes.forEach((role, box) -> {
                if (box.getValue() != null && !box.getValue().equals(DETECTED)) {
                    columns.put(role, List.of(box.getValue()));
                }
            });
            return new ImportOptions(current.sheet(), current.headerRow(), columns, current.preset());
        });
    }

    private static String describe(ColumnAssignment a) {
        return String.join(" + ", a.columns()) + String.format(Locale.US, " (%.0f%% sure)", a.confidence() * 100);
    }

    private static Label bold(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("section-title");
        return label;
    }
}
