package org.civicthemes.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Hyperlink;
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
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The main window's content: menus, tool bar, filter bar and tabs over a {@link WorkbenchModel}. */
final class WorkbenchView extends BorderPane {

    private final WorkbenchModel model;
    private final ThemesView themesView;
    private final TabPane tabs;
    private final ResultsView resultsView;
    private final javafx.beans.binding.BooleanBinding resultsShown;
    private final java.util.function.Consumer<String> openDocument;

    WorkbenchView(WorkbenchModel model) {
        this(model, uri -> { });
    }

    /** @param openDocument opens a URI in the system's browser or file manager (the Help menu's guide and log) */
    WorkbenchView(WorkbenchModel model, java.util.function.Consumer<String> openDocument) {
        this.model = model;
        this.openDocument = openDocument;
        getStyleClass().add("workbench");
        resultsShown = model.results().resultsProperty().isNotNull();
        themesView = new ThemesView(model.themes(), model.analysis());
        themesView.setOnExportTheme(() -> exportSummary(true));
        themesView.table().setPlaceholder(startPanel());
        tabs = tabs();
        setTop(new VBox(menuBar(), toolBar()));
        FilterBar filterBar = new FilterBar(model.filter(), model.themes(), model.analysis()::findAgainInRange);
        filterBar.disableProperty().bind(model.analysis().stateProperty().isNull());
        Node error = errorBanner();
        VBox center = new VBox(filterBar, error, tabs);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        resultsView = new ResultsView(model.results());
        VBox.setVgrow(resultsView, Priority.ALWAYS);
        // while a Spark run's results are open they take the place of the analysis; closing them brings it back
        resultsShown.addListener((o, before, shown) -> center.getChildren().setAll(shown
                ? List.of(error, resultsView) : List.of(filterBar, error, tabs)));
        setCenter(center);
        setBottom(statusBar());
        enableFileDrop();
    }

    private MenuBar menuBar() {
        MenuItem open = item("Open…", "Shortcut+O", this::chooseFile);
        open.disableProperty().bind(model.busy());
        MenuItem sample = item("Open the sample", null, model.importer()::openSample);
        sample.setId("openSampleItem");
        sample.disableProperty().bind(model.busy());
        MenuItem results = item("Open results…", null, this::chooseResults);
        results.setId("openResultsItem");
        results.disableProperty().bind(model.busy());
        MenuItem roles = item("Column roles…", null, this::changeColumnRoles);
        roles.setId("columnRolesItem");
        roles.disableProperty().bind(model.busy().or(model.importer().titleProperty().isEqualTo("No file open"))
                .or(resultsShown));
        MenuItem openProject = item("Open project…", "Shortcut+Shift+O", this::chooseProject);
        openProject.disableProperty().bind(model.busy());
        Menu recent = new Menu("Recent projects");
        recent.setOnShowing(e -> fillRecent(recent));
        recent.getItems().add(new MenuItem("(none)"));
        MenuItem save = item("Save project…", "Shortcut+S", this::saveProject);
        save.setId("saveProjectItem");
        save.disableProperty().bind(model.busy().or(model.analysis().stateProperty().isNull()).or(resultsShown));
        MenuItem export = item("Export summary…", "Shortcut+E", () -> exportSummary(false));
        export.setId("exportItem");
        export.disableProperty().bind(save.disableProperty());
        MenuItem quit = item("Quit", "Shortcut+Q", () -> getScene().getWindow().hide());
        Menu file = new Menu("File", null, open, sample, results, roles, new SeparatorMenuItem(), openProject, recent, save,
                new SeparatorMenuItem(), export, new SeparatorMenuItem(), quit);

        MenuItem undo = item("Undo", "Shortcut+Z", model.analysis()::undo);
        undo.setId("undoItem");
        undo.textProperty().bind(model.analysis().undoTextProperty());
        undo.disableProperty().bind(model.analysis().canUndoProperty().not().or(resultsShown));
        MenuItem redo = item("Redo", "Shortcut+Y", model.analysis()::redo);
        redo.textProperty().bind(model.analysis().redoTextProperty());
        redo.disableProperty().bind(model.analysis().canRedoProperty().not().or(resultsShown));
        MenuItem rename = item("Rename theme…", "F2", themesView::renameSelected);
        MenuItem merge = item("Merge selected themes…", "Shortcut+M", themesView::mergeSelected);
        MenuItem split = item("Split theme…", null, themesView::splitSelected);
        MenuItem delete = item("Delete theme", "Delete", themesView::deleteSelected);
        MenuItem department = item("Department…", null, themesView::departmentOfSelected);
        MenuItem accept = item("Accept proposed theme", null, themesView::acceptSelected);
        MenuItem mergeInto = item("Merge proposed theme into…", null, themesView::mergeSelectedInto);
        Menu edit = new Menu("Edit", null, undo, redo, new SeparatorMenuItem(), rename, merge, split, delete,
                department, new SeparatorMenuItem(), accept, mergeInto);
        for (MenuItem editing : List.of(rename, merge, split, delete, department, accept, mergeInto)) {
            editing.disableProperty().bind(resultsShown);
        }
        edit.setOnShowing(e -> {
            // a codebook run: proposed themes can be accepted or merged into a codebook theme, a theme is retired
            boolean codebook = model.themes().fromCodebook();
            accept.setVisible(codebook);
            mergeInto.setVisible(codebook);
            delete.setText(codebook ? "Retire or delete theme" : "Delete theme");
        });

        MenuItem rerun = item("Find themes again with…", "Shortcut+R", this::rerun);
        rerun.disableProperty().bind(model.busy().or(model.analysis().stateProperty().isNull()).or(resultsShown));
        MenuItem inRange = item("Find themes inside the date range", null, model.analysis()::findAgainInRange);
        inRange.disableProperty().bind(rerun.disableProperty());
        MenuItem saveCodebook = item("Save as codebook…", null, this::saveCodebook);
        saveCodebook.disableProperty().bind(rerun.disableProperty());
        MenuItem useCodebook = item("Use themes from a codebook…", null, this::useCodebook);
        useCodebook.disableProperty().bind(rerun.disableProperty());
        MenuItem loadFaq = item("Load the city's FAQ…", null, this::loadFaq);
        loadFaq.setId("loadFaqItem");
        loadFaq.disableProperty().bind(rerun.disableProperty());
        Menu themes = new Menu("Themes", null, rerun, inRange, new SeparatorMenuItem(), saveCodebook, useCodebook,
                new SeparatorMenuItem(), loadFaq);
        MenuBar bar = new MenuBar(file, edit, themes);
        bar.getMenus().add(new HelpMenu(openDocument, this::window).menu(bar));
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
        Button save = new Button("Save");
        save.setId("saveButton");
        save.setTooltip(new Tooltip("Save a project: the file, the options and every edit, to reopen later (Ctrl+S)"));
        save.setOnAction(e -> saveProject());
        save.disableProperty().bind(model.busy().or(model.analysis().stateProperty().isNull()).or(resultsShown));
        Button export = new Button("Export…");
        export.setId("exportButton");
        export.setTooltip(new Tooltip("Export the themes for departments: Excel, CSV, a report (Ctrl+E)"));
        export.setOnAction(e -> exportSummary(false));
        export.disableProperty().bind(save.disableProperty());
        Button undo = new Button("Undo");
        undo.setId("undoButton");
        undo.setTooltip(new Tooltip("Take back the last edit (Ctrl+Z)"));
        undo.setOnAction(e -> model.analysis().undo());
        undo.disableProperty().bind(model.analysis().canUndoProperty().not().or(resultsShown));
        Button redo = new Button("Redo");
        redo.setId("redoButton");
        redo.setOnAction(e -> model.analysis().redo());
        redo.disableProperty().bind(model.analysis().canRedoProperty().not().or(resultsShown));
        Button rerun = new Button("Find themes…");
        rerun.setId("rerunButton");
        rerun.setTooltip(new Tooltip("Find themes again with another number of themes, stopwords or redaction (Ctrl+R)"));
        rerun.setOnAction(e -> rerun());
        rerun.disableProperty().bind(model.busy().or(model.analysis().stateProperty().isNull()).or(resultsShown));
        Label title = new Label();
        title.setId("titleLabel");
        title.getStyleClass().add("title");
        // the results of a Spark run, while open, name their folder rather than the export behind the analysis
        javafx.beans.binding.StringBinding shownTitle = javafx.beans.binding.Bindings.createStringBinding(
                () -> model.results().resultsProperty().get() == null ? model.importer().titleProperty().get()
                        : "Spark results · " + model.results().resultsProperty().get().folder().getFileName(),
                model.importer().titleProperty(), model.results().resultsProperty());
        title.textProperty().bind(shownTitle);
        Tooltip fullTitle = new Tooltip();
        fullTitle.textProperty().bind(shownTitle);
        title.setTooltip(fullTitle);
        ProgressBar progress = new ProgressBar();
        progress.setId("progressBar");
        progress.progressProperty().bind(model.progress());
        progress.visibleProperty().bind(model.busy());
        progress.managedProperty().bind(progress.visibleProperty());
        Button cancel = new Button("Cancel");
        cancel.setId("cancelButton");
        cancel.setTooltip(new Tooltip("Stop; what is shown stays as it is"));
        cancel.setOnAction(e -> model.cancel());
        cancel.visibleProperty().bind(model.busy());
        cancel.managedProperty().bind(cancel.visibleProperty());
        // progress and Cancel before the file's name: in a narrow window the name, not Cancel, goes to the overflow
        return new ToolBar(open, save, export, rerun, undo, redo, progress, cancel, title);
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
        error.setOnMouseClicked(e -> model.dismissError());
        error.setTooltip(new Tooltip("Click to hide"));
        VBox.setMargin(error, new Insets(4, 8, 0, 8));
        return error;
    }

    private TabPane tabs() {
        ImportReportView report = new ImportReportView(model.importer(), model.themes(), this::changeColumnRoles);
        Tab themes = new Tab("Themes", themesView);
        themes.setId("themesTab");
        Tab requests = new Tab("All requests", report.requestsTable());
        requests.setId("requestsTab");
        Tab importReport = new Tab("Import report", report.reportPane());
        importReport.setId("reportTab");
        Tab charts = new Tab("Charts", new ChartsView(model.charts(), this::showSelection));
        charts.setId("chartsTab");
        model.chartsShownProperty().bind(charts.selectedProperty());
        Tab changed = new Tab("What changed", new SinceCodebookPane(model.sinceCodebook()));
        changed.setId("sinceCodebookTab");
        changed.setTooltip(new Tooltip("What changed since the codebook that placed the themes"));
        Tab faq = new Tab("What residents ask", new FaqView(model.faq(), this::window));
        faq.setId("faqTab");
        model.faq().shownProperty().bind(faq.selectedProperty());
        TabPane pane = new TabPane(themes, changed, charts, faq, requests, importReport);
        pane.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        return pane;
    }

    /** A click in a chart: narrows the filter to what was clicked and shows that theme's requests. */
    private void showSelection(ChartSelection selection) {
        if (selection.range() != null && !selection.range().isAll()) {
            model.filter().presetProperty().set(null);
            model.filter().fromProperty().set(selection.range().from());
            model.filter().toProperty().set(selection.range().to());
        }
        if (!selection.category().isEmpty()) {
            model.filter().categoryProperty().set(selection.category());
        }
        if (!selection.district().isEmpty()) {
            model.filter().districtProperty().set(selection.district());
        }
        if (selection.hasTheme()) {
            model.themes().select(selection.themeId());
        }
        tabs.getSelectionModel().select(0);
    }

    /** What the themes table shows before any file is open: open a file, drop one, or reopen a recent project. */
    private Node startPanel() {
        Label title = new Label("Start");
        title.getStyleClass().add("title");
        Label how = new Label("Open a 311 export (.xlsx, .xls, .csv, .tsv, .txt), or drop it on this window. "
                + "Its themes appear here.");
        how.setWrapText(true);
        Button open = new Button("Open file…");
        open.setId("startOpenButton");
        open.setOnAction(e -> chooseFile());
        open.disableProperty().bind(model.busy());
        Button sample = new Button("Open the sample");
        sample.setId("startSampleButton");
        sample.setTooltip(new Tooltip("20,000 made-up requests of the city of Riverton, to try CivicThemes out"));
        sample.setOnAction(e -> model.importer().openSample());
        sample.disableProperty().bind(model.busy());
        Label recentTitle = new Label("Recent projects");
        recentTitle.getStyleClass().add("section-title");
        VBox recent = new VBox(2);
        Runnable fill = () -> {
            recent.getChildren().clear();
            for (Path p : model.recentProjects().paths()) {
                Hyperlink link = new Hyperlink(p.getFileName().toString());
                link.setTooltip(new Tooltip(p.toString()));
                link.setOnAction(e -> openProject(p));
                recent.getChildren().add(link);
            }
            if (recent.getChildren().isEmpty()) {
                recent.getChildren().add(new Label("None yet: File > Save project keeps your work to reopen it."));
            }
        };
        fill.run();
        model.recentProjects().paths().addListener((javafx.collections.ListChangeListener<Path>) c -> fill.run());
        VBox panel = new VBox(10, title, how, new HBox(8, open, sample), recentTitle, recent);
        panel.setId("startPanel");
        panel.setMaxWidth(420);
        panel.setPadding(new Insets(20));
        return panel;
    }

    private void changeColumnRoles() {
        if (model.importer().result() == null) {
            return;
        }
        new ColumnRolesDialog(model.importer().result().dataset(), model.importer().reading()).showAndWait()
                .ifPresent(model.importer()::reread);
    }

    private void exportSummary(boolean selectedThemeOnly) {
        ThemeRow selected = model.themes().selectedProperty().get();
        String filterText = model.themes().summaryProperty().get();
        Optional<ExportViewModel.Choices> choices = new ExportDialog(selected == null ? null
                : selected.label(), filterText, selectedThemeOnly, model.export().departments()).showAndWait();
        if (choices.isEmpty()) {
            return;
        }
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Folder for the exported files");
        File folder = chooser.showDialog(window());
        if (folder == null) {
            return;
        }
        Integer theme = selected == null ? null : selected.themeId();
        List<Path> existing = model.export().existing(folder.toPath(), choices.get(), theme);
        boolean replace = false;
        if (!existing.isEmpty()) {
            Alert ask = new Alert(
                    Alert.AlertType.CONFIRMATION, "These files are already in the folder: "
                    + existing.stream().map(p -> p.getFileName().toString()).collect(java.util.stream.Collectors
                            .joining(", ")) + ".", ButtonType.YES,
                    ButtonType.NO);
            ask.setHeaderText("Replace them?");
            if (ask.showAndWait().filter(b -> b == ButtonType.YES).isEmpty()) {
                return;
            }
            replace = true;
        }
        model.export().export(folder.toPath(), choices.get(), theme, replace);
    }

    private void saveProject() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save project");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CivicThemes projects (*.civicthemes)",
                "*.civicthemes"));
        if (model.importer().file() != null) {
            String name = model.importer().file().getFileName().toString().replaceFirst("\\.[^.]*$", "");
            chooser.setInitialFileName(name + ".civicthemes");
        }
        File file = chooser.showSaveDialog(window());
        if (file != null) {
            // the save dialog has already asked before replacing a file
            model.project().save(file.toPath(), true);
        }
    }

    private static FileChooser.ExtensionFilter codebookFiles() {
        return new FileChooser.ExtensionFilter("CivicThemes codebooks (*.codebook.json, *.json)", "*.codebook.json",
                "*.json");
    }

    private void saveCodebook() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save the themes as a codebook");
        chooser.getExtensionFilters().add(codebookFiles());
        if (model.importer().file() != null) {
            String name = model.importer().file().getFileName().toString().replaceFirst("\\.[^.]*$", "");
            chooser.setInitialFileName(name + ".codebook.json");
        }
        File file = chooser.showSaveDialog(window());
        if (file != null) {
            // the save dialog has already asked before replacing a file
            model.analysis().saveCodebook(file.toPath());
        }
    }

    /** Loads the city's FAQ and shows the questions residents ask beside it. */
    private void loadFaq() {
        Path file = FaqView.chooseFaq(window());
        if (file != null) {
            tabs.getTabs().stream().filter(t -> "faqTab".equals(t.getId())).findFirst()
                    .ifPresent(tabs.getSelectionModel()::select);
            model.faq().loadFaq(file);
        }
    }

    private void useCodebook() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Use themes from a codebook");
        chooser.getExtensionFilters().add(codebookFiles());
        File file = chooser.showOpenDialog(window());
        if (file != null) {
            model.analysis().useCodebook(file.toPath());
        }
    }

    private void chooseProject() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open project");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CivicThemes projects (*.civicthemes)",
                "*.civicthemes"));
        File file = chooser.showOpenDialog(window());
        if (file != null) {
            openProject(file.toPath());
        }
    }

    private void openProject(Path file) {
        model.project().open(file, new ProjectViewModel.Questions() {
            @Override
            public boolean continueWithChangedSource(String message) {
                Alert ask = new Alert(
                        Alert.AlertType.CONFIRMATION, message + " Open it anyway? Themes and "
                        + "edits may differ from what was saved.", ButtonType.YES,
                        ButtonType.NO);
                ask.setHeaderText("The source file changed");
                return ask.showAndWait().filter(b -> b == ButtonType.YES).isPresent();
            }

            @Override
            public ProjectViewModel.ChangedSource onChangedSource(String message) {
                ButtonType asSaved = new ButtonType("Open it as it is now");
                ButtonType codebook = new ButtonType("Use these themes on the changed file");
                Alert ask = new Alert(Alert.AlertType.CONFIRMATION, message + "\n\nOpen it as it is now: the themes "
                        + "are found again and the edits replayed; they may differ from what was saved.\nUse these "
                        + "themes on the changed file: the project's themes, with your edits, keep their names and "
                        + "ids; requests that fit none are proposed as new themes, and What changed shows the "
                        + "difference.", asSaved, codebook, ButtonType.CANCEL);
                ask.setHeaderText("The source file changed");
                ask.getDialogPane().setPrefWidth(620);
                ask.getDialogPane().lookupButton(codebook).setId("useThemesOnChangedFile");
                Optional<ButtonType> answer = ask.showAndWait();
                if (answer.filter(b -> b == codebook).isPresent()) {
                    return ProjectViewModel.ChangedSource.USE_THEMES_ON_CHANGED_FILE;
                }
                return answer.filter(b -> b == asSaved).isPresent() ? ProjectViewModel.ChangedSource.OPEN_AS_SAVED
                        : ProjectViewModel.ChangedSource.DO_NOT_OPEN;
            }

            @Override
            public Optional<Path> locateSource(String message) {
                new Alert(Alert.AlertType.INFORMATION, message
                        + " Choose the file in the next window.", ButtonType.OK).showAndWait();
                FileChooser chooser = new FileChooser();
                chooser.setTitle("Where is the source file?");
                File chosen = chooser.showOpenDialog(window());
                return Optional.ofNullable(chosen).map(File::toPath);
            }
        });
    }

    /** Opens an export, a project when the file is a {@code .civicthemes} one, or a Spark run's results folder. */
    void open(Path file) {
        if (java.nio.file.Files.isDirectory(file)) {
            // a folder is a Spark run's results, or is refused as not being them in a sentence that says what to choose
            model.results().open(file);
        } else if (file.getFileName() != null
                && file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".civicthemes")) {
            openProject(file);
        } else {
            model.importer().open(file);
        }
    }

    private void fillRecent(Menu recent) {
        recent.getItems().clear();
        for (Path p : model.recentProjects().paths()) {
            MenuItem item = new MenuItem(p.getFileName() + "  —  " + p.getParent());
            item.setOnAction(e -> openProject(p));
            item.disableProperty().bind(model.busy());
            recent.getItems().add(item);
        }
        if (recent.getItems().isEmpty()) {
            MenuItem none = new MenuItem("(none yet)");
            none.setDisable(true);
            recent.getItems().add(none);
        }
    }

    private Window window() {
        return getScene() == null ? null : getScene().getWindow();
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

    /** File > Open results…: the folder a Spark run wrote (themes.json, cube.csv). */
    private void chooseResults() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Open the results of a Spark run (the folder given as --out)");
        File folder = chooser.showDialog(window());
        if (folder != null) {
            model.results().open(folder.toPath());
        }
    }

    private void chooseFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open a 311 export");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Exports (*.xlsx, *.xls, *.csv, *.tsv, *.txt)",
                        List.of("*.xlsx", "*.xls", "*.csv", "*.tsv", "*.txt")),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        File file = chooser.showOpenDialog(window());
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
                open(files.get(0).toPath());
            }
            e.setDropCompleted(ok);
            e.consume();
        });
    }
}
