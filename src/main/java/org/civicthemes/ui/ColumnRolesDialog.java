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
 * any role and up to two more columns to join to the request text; the file is then read again with those choices
 * (the same as --text A,B, --date, --column on the command line, checked by {@link RoleChoices}).
 */
final class ColumnRolesDialog extends Dialog<ImportOptions> {

    private static final String DETECTED = "(as detected)";
    private static final String NONE = "(none)";
    /** Columns that can be joined to the request text here, after its first. */
    private static final int MORE_TEXT = 2;

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
        List<String> chosenText = current.columns().getOrDefault(ColumnRole.REQUEST_TEXT, List.of());
        List<ComboBox<String>> joins = new java.util.ArrayList<>();
        for (int j = 0; j < MORE_TEXT; j++) {
            ComboBox<String> join = new ComboBox<>(FXCollections.observableArrayList(NONE));
            join.getItems().addAll(dataset.columns());
            join.setId("join-text-" + (j + 1));
            join.setValue(chosenText.size() > j + 1 ? chosenText.get(j + 1) : NONE);
            joins.add(join);
            grid.addRow(row++, new Label(j == 0 ? "Join to the text" : "and"), join,
                    new Label(j == 0 ? "(after the text column, in this order)" : ""));
        }
        Label problem = new Label();
        problem.setId("rolesProblem");
        problem.getStyleClass().add("error");
        problem.setWrapText(true);
        VBox content = new VBox(8, grid, problem);
        java.util.function.Supplier<ImportOptions> choices = () -> {
            Map<ColumnRole, String> picks = new EnumMap<>(ColumnRole.class);
            boxes.forEach((role, box) -> picks.put(role,
                    box.getValue() == null || box.getValue().equals(DETECTED) ? null : box.getValue()));
            List<String> more = joins.stream().map(ComboBox::getValue).filter(v -> v != null && !v.equals(NONE))
                    .toList();
            return RoleChoices.toOptions(current, picks, more, dataset.mapping().get(ColumnRole.REQUEST_TEXT)
                    .map(ColumnAssignment::columns).orElse(List.of()));
        };
        OkCancel.frame(this, content, choices);
        // a column chosen twice keeps the dialog open with the reason, instead of reading the file again
        getDialogPane().lookupButton(javafx.scene.control.ButtonType.OK).addEventFilter(
                javafx.event.ActionEvent.ACTION, event -> {
                    try {
                        choices.get();
                        problem.setText("");
                    } catch (IllegalArgumentException e) {
                        problem.setText(e.getMessage());
                        event.consume();
                    }
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
