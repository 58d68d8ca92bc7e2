package org.civicthemes.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The "What residents ask" tab: the questions residents keep asking, and which the city's FAQ answers. */
final class FaqView extends BorderPane {

    FaqView(FaqViewModel model, Supplier<Window> window) {
        Button load = new Button("Load the city's FAQ…");
        load.setId("loadFaqButton");
        load.setTooltip(new Tooltip("The city's current FAQ: a .txt (one question per line, or Q:/A: lines), a .csv "
                + "with a Question column, or the FAQ web page saved as .html"));
        load.setOnAction(e -> {
            Path file = chooseFaq(window.get());
            if (file != null) {
                model.loadFaq(file);
            }
        });
        load.disableProperty().bind(model.job().runningProperty());
        CheckBox onlyToWrite = new CheckBox("Only the FAQ to write");
        onlyToWrite.setId("onlyToWriteBox");
        onlyToWrite.setTooltip(new Tooltip("Questions no entry of the city's FAQ answers, most asked first"));
        onlyToWrite.selectedProperty().bindBidirectional(model.onlyToWriteProperty());
        onlyToWrite.disableProperty().bind(model.cityFaqProperty().isEqualTo(org.civicthemes.model.CityFaq.NONE));
        Label summary = new Label();
        summary.setId("faqSummary");
        summary.textProperty().bind(model.summaryProperty());
        summary.setWrapText(true);
        HBox.setHgrow(summary, Priority.ALWAYS);
        HBox bar = new HBox(10, load, onlyToWrite, summary);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 8, 6, 8));
        setTop(bar);
        setCenter(table(model));
    }

    private static File lastFolder;

    /** Asks for the city's FAQ file; null when the analyst cancels. */
    static Path chooseFaq(Window window) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Load the city's FAQ");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("FAQ files (*.txt, *.csv, *.html, *.htm)",
                "*.txt", "*.csv", "*.html", "*.htm"));
        if (lastFolder != null && lastFolder.isDirectory()) {
            chooser.setInitialDirectory(lastFolder);
        }
        File file = chooser.showOpenDialog(window);
        if (file == null) {
            return null;
        }
        lastFolder = file.getParentFile();
        return file.toPath();
    }

    private static TableView<FaqViewModel.Row> table(FaqViewModel model) {
        TableView<FaqViewModel.Row> table = new TableView<>(model.rows());
        table.setId("faqTable");
        table.setPlaceholder(new Label("No question yet: open a file, then come back to this tab."));
        table.getColumns().add(column("Question", 380, FaqViewModel.Row::question));
        TableColumn<FaqViewModel.Row, Number> count = new TableColumn<>("Requests");
        count.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().count()));
        count.setPrefWidth(80);
        count.setStyle("-fx-alignment: CENTER-RIGHT;");
        table.getColumns().add(count);
        TableColumn<FaqViewModel.Row, String> latest = column("Latest month (before)", 175,
                FaqViewModel.Row::latestMonth);
        Label latestHeader = new Label("Latest month (before)");
        latestHeader.setTooltip(new Tooltip("Requests asking it in the data's last month (in brackets: a month on "
                + "average in the up to 6 months before)"));
        latest.setText("");
        latest.setGraphic(latestHeader);
        table.getColumns().add(latest);
        table.getColumns().add(column("Theme", 160, FaqViewModel.Row::theme));
        table.getColumns().add(column("Kind", 100, FaqViewModel.Row::kind));
        TableColumn<FaqViewModel.Row, String> faq = column("City FAQ", 330, r -> r.faqEntry());
        faq.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                FaqViewModel.Row row = empty || getTableRow() == null ? null : getTableRow().getItem();
                if (row == null) {
                    setText(null);
                    setStyle("");
                } else if (row.covered()) {
                    setText("✓ " + item);
                    setStyle("-fx-text-fill: #1a5e20;");
                } else if (model.cityFaqProperty().get().isLoaded()) {
                    setText("not answered");
                    setStyle("-fx-text-fill: #b35000;");
                } else {
                    setText("");
                    setStyle("");
                }
            }
        });
        table.getColumns().add(faq);
        table.getColumns().add(column("Other wordings", 320, FaqViewModel.Row::otherWordings));
        table.getColumns().add(column("Source rows", 140, FaqViewModel.Row::sourceRows));
        return table;
    }

    private static TableColumn<FaqViewModel.Row, String> column(String title, double width,
                                                                Function<FaqViewModel.Row, String> value) {
        TableColumn<FaqViewModel.Row, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }
}
