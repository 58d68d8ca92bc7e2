package org.civicthemes.ui;

import java.io.File;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The main window's content: menus, tool bar, filter bar and tabs over a {@link WorkbenchModel}. */
final class WorkbenchView extends BorderPane {

    private final WorkbenchModel model;
    private final ThemesView themesView;
    private final TabPane tabs;

    WorkbenchView(WorkbenchModel model) {
        this.model = model;
        getStyleClass().add("workbench");
        themesView = new ThemesView(model.themes(), model.analysis());
        tabs = tabs();
        setTop(new VBox(menuBar(), toolBar()));
        FilterBar filterBar = new FilterBar(model.filter(), model.themes(), model.analysis()::findAgainInRange);
        filterBar.disableProperty().bind(model.analysis().stateProperty().isNull());
        VBox center = new VBox(filterBar, errorBanner(), tabs);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        setCenter(center);
        setBottom(statusBar());
        enableFileDrop();
    }

    private MenuBar menuBar() {
        MenuItem open = item("Open…", "Shortcut+O", this::chooseFile);
        open.disableProperty().bind(model.busy());
        MenuItem quit = item("Quit", "Shortcut+Q", () -> getScene().getWindow().hide());
        Menu file = new Menu("File", null, open, new SeparatorMenuItem(), quit);

        MenuItem undo = item("Undo", "Shortcut+Z", model.analysis()::undo);
        undo.setId("undoItem");
        undo.textProperty().bind(model.analysis().undoTextProperty());
        undo.disableProperty().bind(model.analysis().canUndoProperty().not());
        MenuItem redo = item("Redo", "Shortcut+Y", model.analysis()::redo);
        redo.textProperty().bind(model.analysis().redoTextProperty());
        redo.disableProperty().bind(model.analysis().canRedoProperty().not());
        MenuItem rename = item("Rename theme…", "F2", themesView::renameSelected);
        MenuItem merge = item("Merge selected themes…", "Shortcut+M", themesView::mergeSelected);
        MenuItem split = item("Split theme…", null, themesView::splitSelected);
        MenuItem delete = item("Delete theme", "Delete", themesView::deleteSelected);
        Menu edit = new Menu("Edit", null, undo, redo, new SeparatorMenuItem(), rename, merge, split, delete);

        MenuItem rerun = item("Find themes again with…", "Shortcut+R", this::rerun);
        rerun.disableProperty().bind(model.busy().or(model.analysis().stateProperty().isNull()));
        MenuItem inRange = item("Find themes inside the date range", null, model.analysis()::findAgainInRange);
        inRange.disableProperty().bind(rerun.disableProperty());
        Menu themes = new Menu("Themes", null, rerun, inRange);
        MenuBar bar = new MenuBar(file, edit, themes);
        bar.setId("menuBar");
        return bar;
    }

    private static MenuItem item(String text, String keys, Runnable action) {
        MenuItem item = new MenuItem(text);
        if (keys != null) {
            item.setAccelerator(KeyCombination.keyCombination(keys));
        }
        item.setOnAction(e -> action.run());
        return item;
    }

    private ToolBar toolBar() {
        Button open = new Button("Open…");
        open.setId("openButton");
        open.setTooltip(new Tooltip("Open a 311 export: .xlsx, .xls, .csv, .tsv or .txt (Ctrl+O)"));
        open.setOnAction(e -> chooseFile());
        open.disableProperty().bind(model.busy());
        Button undo = new Button("Undo");
        undo.setId("undoButton");
        undo.setTooltip(new Tooltip("Take back the last edit (Ctrl+Z)"));
        undo.setOnAction(e -> model.analysis().undo());
        undo.disableProperty().bind(model.analysis().canUndoProperty().not());
        Button redo = new Button("Redo");
        redo.setId("redoButton");
        redo.setOnAction(e -> model.analysis().redo());
        redo.disableProperty().bind(model.analysis().canRedoProperty().not());
        Button rerun = new Button("Find themes…");
        rerun.setId("rerunButton");
        rerun.setTooltip(new Tooltip("Find themes again with another number of themes, stopwords or redaction (Ctrl+R)"));
        rerun.setOnAction(e -> rerun());
        rerun.disableProperty().bind(model.busy().or(model.analysis().stateProperty().isNull()));
        Label title = new Label();
        title.setId("titleLabel");
        title.getStyleClass().add("title");
        title.textProperty().bind(model.importer().titleProperty());
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        ProgressBar progress = new ProgressBar();
        progress.setId("progressBar");
        progress.progressProperty().bind(model.progress());
        progress.visibleProperty().bind(model.busy());
        Button cancel = new Button("Cancel");
        cancel.setId("cancelButton");
        cancel.setTooltip(new Tooltip("Stop; what is shown stays as it is"));
        cancel.setOnAction(e -> model.cancel());
        cancel.visibleProperty().bind(model.busy());
        return new ToolBar(open, rerun, undo, redo, title, spring, progress, cancel);
    }

    private Node errorBanner() {
        Label error = new Label();
        error.setId("errorLabel");
        error.getStyleClass().add("error");
        error.setWrapText(true);
        error.setMaxWidth(Double.MAX_VALUE);
        error.textProperty().bind(model.error());
        error.visibleProperty().bind(model.error().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        error.setOnMouseClicked(e -> model.analysis().dismissError());
        VBox.setMargin(error, new Insets(4, 8, 0, 8));
        return error;
    }

    private TabPane tabs() {
        ImportReportView report = new ImportReportView(model.importer());
        Tab themes = new Tab("Themes", themesView);
        themes.setId("themesTab");
        Tab requests = new Tab("All requests", report.requestsTable());
        requests.setId("requestsTab");
        Tab importReport = new Tab("Import report", report.reportPane());
        importReport.setId("reportTab");
        TabPane pane = new TabPane(themes, requests, importReport);
        pane.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        return pane;
    }

    /** Adds a tab before the import report (the charts). */
    void addTab(Tab tab) {
        tabs.getTabs().add(1, tab);
    }

    ThemesView themesView() {
        return themesView;
    }

    private HBox statusBar() {
        Label status = new Label();
        status.setId("statusLabel");
        status.textProperty().bind(model.status());
        HBox bar = new HBox(status);
        bar.getStyleClass().add("status-bar");
        return bar;
    }

    private void rerun() {
        new RerunDialog(model.analysis().choices()).showAndWait().ifPresent(model.analysis()::rerun);
    }

    private void chooseFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open a 311 export");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Exports (*.xlsx, *.xls, *.csv, *.tsv, *.txt)",
                        List.of("*.xlsx", "*.xls", "*.csv", "*.tsv", "*.txt")),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        Window window = getScene() == null ? null : getScene().getWindow();
        File file = chooser.showOpenDialog(window);
        if (file != null) {
            model.importer().open(file.toPath());
        }
    }

    private void enableFileDrop() {
        setOnDragOver(e -> {
            if (e.getDragboard().hasFiles() && !model.busy().get()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        setOnDragDropped(e -> {
            List<File> files = e.getDragboard().getFiles();
            boolean ok = files != null && !files.isEmpty();
            if (ok) {
                model.importer().open(files.get(0).toPath());
            }
            e.setDropCompleted(ok);
            e.consume();
        });
    }
}
