package org.civicthemes.ui;

import java.util.EnumSet;
import java.util.Set;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.civicthemes.workflow.ExportFormat;

/** Asks what to export: which files, all themes or the selected one, and whether to leave personal data in. */
final class ExportDialog extends Dialog<ExportViewModel.Choices> {

    /**
     * @param departments the departments the themes name (from the codebook that placed them); one summary per
     *                    department is offered only when there are some
     */
    ExportDialog(String selectedTheme, String filterDescription, boolean selectedThemeOnly,
                 java.util.List<String> departments) {
        setTitle("Export summary");
        setHeaderText("Export the themes as they are now, for " + filterDescription);
        CheckBox xlsx = new CheckBox("Excel workbook (summary.xlsx): summary, trends chart, requests table, about");
        xlsx.setSelected(true);
        xlsx.setId("exportXlsx");
        CheckBox csv = new CheckBox("CSV for Power BI or Tableau (requests.csv, themes.csv)");
        csv.setSelected(true);
        CheckBox html = new CheckBox("Report and agent brief to read or print (report.html, brief.html)");
        html.setSelected(true);
        CheckBox oneTheme = new CheckBox(selectedTheme == null ? "Only the selected theme (select one first)"
                : "Only the selected theme: " + selectedTheme);
        oneTheme.setDisable(selectedTheme == null);
        oneTheme.setSelected(selectedThemeOnly && selectedTheme != null);
        CheckBox byDepartment = new CheckBox(departments.isEmpty()
                ? "Also one summary per department (the themes name no department)"
                : "Also one summary per department, with its themes only (" + String.join(", ", departments) + ")");
        byDepartment.setId("exportByDepartment");
        byDepartment.setDisable(departments.isEmpty());
        oneTheme.selectedProperty().addListener((o, was, now) -> {
            if (now) {
                byDepartment.setSelected(false);
            }
        });
        byDepartment.selectedProperty().addListener((o, was, now) -> {
            if (now) {
                oneTheme.setSelected(false);
            }
        });
        CheckBox keep = new CheckBox("Leave personal data in the text (phone numbers, e-mails, addresses, ...)");
        keep.setId("exportKeepPersonalData");
        keep.selectedProperty().addListener((o, was, now) -> {
            if (now && !confirmKeep()) {
                keep.setSelected(false);
            }
        });
        Label note = new Label("Personal data is redacted in every exported text unless you tick the last box.");
        note.setWrapText(true);
        VBox content = new VBox(8, xlsx, csv, html, oneTheme, byDepartment, keep, note);
        OkCancel.frame(this, content, () -> {
            Set<ExportFormat> formats = EnumSet.noneOf(ExportFormat.class);
            for (ExportFormat f : ExportFormat.values()) {
                boolean chosen = switch (f.key()) {
                    case "xlsx" -> xlsx.isSelected();
                    case "csv" -> csv.isSelected();
                    default -> html.isSelected();
                };
                if (chosen) {
                    formats.add(f);
                }
            }
            return new ExportViewModel.Choices(formats, oneTheme.isSelected(), keep.isSelected(),
                    byDepartment.isSelected());
        });
    }

    private static boolean confirmKeep() {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "Residents' names, phone numbers, e-mail addresses, "
                + "house and apartment numbers, licence plates, account, card and social security numbers and dates of "
                + "birth will be in the files, readable by anyone who gets them. "
                + "The About sheet will say so.", ButtonType.YES, ButtonType.NO);
        alert.setHeaderText("Export without redacting personal data?");
        return alert.showAndWait().filter(b -> b == ButtonType.YES).isPresent();
    }
}
