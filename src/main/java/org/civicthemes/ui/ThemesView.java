package org.civicthemes.ui;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.civicthemes.analysis.ThemeChange;
import org.civicthemes.model.ThemeEdit;

/** The themes tab: the themes table on the left, the selected theme and its requests on the right. */
final class ThemesView extends SplitPane {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.US);

    private final ThemesViewModel themes;
    private final AnalysisViewModel analysis;
    private final TableView<ThemeRow> table;
    private Runnable onExportTheme = () -> { };

    ThemesView(ThemesViewModel themes, AnalysisViewModel analysis) {
        this.themes = themes;
        this.analysis = analysis;
        this.table = themesTable();
        getItems().addAll(themesPane(), detailPane());
        setDividerPositions(0.42);
    }

    private VBox themesPane() {
        Label summary = new Label();
        summary.setId("themesSummary");
        summary.getStyleClass().add("summary");
        summary.textProperty().bind(themes.summaryProperty());
        summary.setWrapText(true);
        summary.setTooltip(new Tooltip("Requests and themes in the filter. When the number of themes was chosen "
                + "automatically, the line also says which other numbers describe the requests about as well: "
                + "Themes > Find themes again asks for one of them."));
        VBox box = new VBox(6, summary, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        box.setPadding(new Insets(8));
        return box;
    }

    private TableView<ThemeRow> themesTable() {
        SortedList<ThemeRow> sorted = new SortedList<>(themes.rows());
        TableView<ThemeRow> t = new TableView<>(sorted);
        sorted.comparatorProperty().bind(t.comparatorProperty());
        t.setId("themesTable");
        t.setPlaceholder(new Label("No themes yet. Open a 311 export (File > Open) and the themes appear here."));
        t.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        TableColumn<ThemeRow, String> label = Cells.column("Theme", 190, ThemeRow::label,
                "The theme's name: its most distinctive words. Right-click to rename, merge, split or delete.");
        TableColumn<ThemeRow, Long> size = Cells.column("Requests", 75, ThemeRow::size,
                "Requests of this theme in the current filter");
        Cells.formatted(size, ChartFormat::count);
        TableColumn<ThemeRow, Double> share = Cells.column("Share", 60, ThemeRow::share,
                "Share: this theme's requests as a part of all requests in the current filter");
        Cells.formatted(share, ChartFormat::percent);
        TableColumn<ThemeRow, List<Long>> trend = Cells.column("Trend", 90, ThemeRow::monthly,
                "Requests per month over the filtered dates");
        trend.setSortable(false);
        Cells.sparkline(trend);
        TableColumn<ThemeRow, ThemeChange> change = Cells.column("Change", 115, ThemeRow::change,
                ThemeChange.EXPLANATION);
        ((Label) change.getGraphic()).getTooltip().textProperty().bind(themes.changeExplainedProperty()
                .concat("\n").concat(ThemeChange.EXPLANATION));
        Cells.change(change);
        TableColumn<ThemeRow, String> id = Cells.column("Id", 66, ThemeRow::shownId,
                "The id files show for the theme; a codebook's themes keep theirs. 'new': a proposed new theme "
                        + "(right-click to accept it or merge it into a codebook theme)");
        TableColumn<ThemeRow, String> department = Cells.column("Department", 130, ThemeRow::department,
                "The department the theme's requests go to (right-click > Department…); saved in a codebook");
        id.setMinWidth(62); // "123 new"
        department.setMinWidth(70);
        // numbers keep their width in a narrow window (1024 pixels); the name and the trend give way
        label.setMinWidth(80);
        size.setMinWidth(74);
        share.setMinWidth(54);
        trend.setMinWidth(44);
        change.setMinWidth(108);
        t.getColumns().addAll(List.of(id, label, size, share, trend, change));
        t.getColumns().addAll(sinceCodebookColumns());
        t.getColumns().add(department);
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_SUBSEQUENT_COLUMNS);
        t.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                themes.selectedProperty().set(b);
            }
        });
        themes.selectedProperty().addListener((o, a, b) -> {
            if (b != null && !b.equals(t.getSelectionModel().getSelectedItem())) {
                t.getSelectionModel().clearSelection();
                t.getSelectionModel().select(b);
            }
        });
        t.setContextMenu(themeMenu());
        t.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            // the table would take F2 to edit a cell; here it renames, as the menu says
            if (e.getCode() == javafx.scene.input.KeyCode.F2) {
                e.consume();
                renameSelected();
            } else if (e.getCode() == javafx.scene.input.KeyCode.DELETE) {
                e.consume();
                deleteSelected();
            }
        });
        return t;
    }

    /**
     * Before, Now and the change of share since the codebook, shown only for themes placed by a codebook; a proposed
     * new theme reads "new" under Before.
     */
    private List<TableColumn<ThemeRow, ?>> sinceCodebookColumns() {
        TableColumn<ThemeRow, ThemeRow.Since> before = Cells.column("Before", 64, ThemeRow::since,
                "Requests of the theme before: in the codebook's period, or in the run the codebook was made from "
                        + "(the What changed tab says which). \"new\": a proposed new theme.");
        Cells.formatted(before, ThemeRow.Since::beforeText);
        before.setComparator(java.util.Comparator.comparingLong(ThemeRow.Since::before));
        before.setId("sinceBeforeColumn");
        TableColumn<ThemeRow, ThemeRow.Since> now = Cells.column("Now", 52, ThemeRow::since,
                "Requests of the theme now: after the codebook's period, or in this export");
        Cells.formatted(now, v -> ChartFormat.count(v.now()));
        now.setComparator(java.util.Comparator.comparingLong(ThemeRow.Since::now));
        TableColumn<ThemeRow, ThemeRow.Since> points = Cells.column("± pts", 52, ThemeRow::since,
                "Since the codebook: the change of the theme's share of all requests, in percentage points");
        Cells.formatted(points, ThemeRow.Since::changeText);
        points.setComparator(java.util.Comparator.comparingDouble(v -> Double.isNaN(v.changePoints())
                ? Double.POSITIVE_INFINITY : v.changePoints()));
        List<TableColumn<ThemeRow, ?>> columns = List.of(before, now, points);
        javafx.beans.binding.BooleanBinding placed = themes.sinceCodebookProperty().isNotNull();
        columns.forEach(c -> {
            c.visibleProperty().bind(placed);
            c.setMinWidth(c == before ? 60 : 48);
        });
        return columns;
    }

    private ContextMenu themeMenu() {
        MenuItem rename = new MenuItem("Rename…");
        rename.setId("renameItem");
        rename.setOnAction(e -> renameSelected());
        MenuItem merge = new MenuItem("Merge selected themes…");
        merge.setId("mergeItem");
        merge.setOnAction(e -> mergeSelected());
        MenuItem split = new MenuItem("Split into…");
        split.setOnAction(e -> splitSelected());
        MenuItem delete = new MenuItem("Delete (requests go to Unclear)");
        delete.setOnAction(e -> deleteSelected());
        MenuItem department = new MenuItem("Department…");
        department.setId("departmentItem");
        department.setOnAction(e -> departmentOfSelected());
        MenuItem accept = new MenuItem("Accept proposed theme");
        accept.setId("acceptItem");
        accept.setOnAction(e -> acceptSelected());
        MenuItem mergeInto = new MenuItem("Merge into…");
        mergeInto.setId("mergeIntoItem");
        mergeInto.setOnAction(e -> mergeSelectedInto());
        MenuItem export = new MenuItem("Export this theme…");
        export.setOnAction(e -> onExportTheme.run());
        ContextMenu menu = new ContextMenu(rename, merge, split, department, new SeparatorMenuItem(), accept,
                mergeInto, new SeparatorMenuItem(), delete, new SeparatorMenuItem(), export);
        menu.setOnShowing(e -> {
            boolean codebook = themes.fromCodebook();
            List<ThemeRow> rows = chosen();
            boolean oneProposed = rows.size() == 1 && rows.get(0).proposed();
            accept.setVisible(codebook);
            mergeInto.setVisible(codebook);
            accept.setDisable(!oneProposed);
            mergeInto.setDisable(!oneProposed);
            delete.setText(codebook && !oneProposed ? "Retire (requests go to Unclear; its id is not used again)"
                    : "Delete (requests go to Unclear)");
        });
        return menu;
    }

    void departmentOfSelected() {
        List<ThemeRow> rows = chosen();
        if (rows.size() != 1 || rows.get(0).special()) {
            analysisHint("Select one theme to say which department its requests go to.");
            return;
        }
        ThemeRow row = rows.get(0);
        javafx.scene.control.ComboBox<String> choices = new javafx.scene.control.ComboBox<>(
                javafx.collections.FXCollections.observableArrayList(themes.departments()));
        choices.setId("departmentField");
        choices.setEditable(true);
        choices.setPromptText("Public Works, Code Enforcement…");
        choices.getEditor().setText(row.department());
        javafx.scene.control.Dialog<String> dialog = new javafx.scene.control.Dialog<>();
        dialog.setTitle("Department");
        dialog.setHeaderText("Which department do the requests of '" + row.label() + "' go to? Leave empty for none.");
        dialog.getDialogPane().setContent(choices);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResultConverter(b -> b == ButtonType.OK ? choices.getEditor().getText() : null);
        // typing goes to the name, not to the OK button (whose space bar would answer with an empty name)
        dialog.setOnShown(e -> javafx.application.Platform.runLater(() -> {
            choices.getEditor().requestFocus();
            choices.getEditor().selectAll();
        }));
        dialog.showAndWait().filter(name -> !name.strip().equals(row.department()))
                .ifPresent(name -> edit(() -> new ThemeEdit.Department(row.themeId(), name)));
    }

    void acceptSelected() {
        List<ThemeRow> rows = chosen();
        if (rows.size() != 1 || !rows.get(0).proposed()) {
            analysisHint("Select one proposed new theme (its id says 'new') to accept it.");
            return;
        }
        edit(() -> new ThemeEdit.Accept(rows.get(0).themeId()));
    }

    void mergeSelectedInto() {
        List<ThemeRow> rows = chosen();
        if (rows.size() != 1 || !rows.get(0).proposed()) {
            analysisHint("Select one proposed new theme (its id says 'new') to merge it into a codebook theme.");
            return;
        }
        List<ThemeRow> targets = themes.rows().stream().filter(r -> !r.special() && !r.proposed())
                .sorted(java.util.Comparator.comparing(ThemeRow::label)).toList();
        if (targets.isEmpty()) {
            analysisHint("There is no codebook theme to merge into.");
            return;
        }
        List<String> names = targets.stream().map(r -> r.fileId() + " " + r.label()).toList();
        ChoiceDialog<String> dialog = new ChoiceDialog<>(names.get(0), names);
        dialog.setTitle("Merge into a codebook theme");
        dialog.setHeaderText("The requests of '" + rows.get(0).label() + "' join the theme you choose, which keeps "
                + "its id and name.");
        dialog.showAndWait().ifPresent(name -> edit(() -> ThemesViewModel.mergeInto(rows.get(0),
                targets.get(names.indexOf(name)))));
    }

    private List<ThemeRow> chosen() {
        return List.copyOf(table.getSelectionModel().getSelectedItems());
    }

    void renameSelected() {
        List<ThemeRow> rows = chosen();
        if (rows.size() != 1 || rows.get(0).special()) {
            analysisHint("Select one theme to rename.");
            return;
        }
        TextInputDialog dialog = new TextInputDialog(rows.get(0).label());
        dialog.setTitle("Rename theme");
        dialog.setHeaderText("A name departments will recognise");
        dialog.getEditor().setId("renameField");
        dialog.showAndWait().ifPresent(name -> edit(() -> new ThemeEdit.Rename(rows.get(0).themeId(), name)));
    }

    void mergeSelected() {
        List<Integer> ids = ThemesViewModel.themeIds(chosen());
        if (ids.size() < 2) {
            analysisHint("Select two or more themes (Ctrl+click) to merge them.");
            return;
        }
        TextInputDialog dialog = new TextInputDialog(chosen().get(0).label());
        dialog.setTitle("Merge themes");
        dialog.setHeaderText("Name of the merged theme (" + ids.size() + " themes)");
        dialog.showAndWait().ifPresent(name -> edit(() -> new ThemeEdit.Merge(ids, name)));
    }

    void splitSelected() {
        List<ThemeRow> rows = chosen();
        if (rows.size() != 1 || rows.get(0).special()) {
            analysisHint("Select one theme to split.");
            return;
        }
        ChoiceDialog<Integer> dialog = new ChoiceDialog<>(2, 2, 3, 4, 5);
        dialog.setTitle("Split theme");
        dialog.setHeaderText("Find themes again inside '" + rows.get(0).label() + "'. Into how many?");
        dialog.showAndWait().ifPresent(parts -> edit(() -> new ThemeEdit.Split(rows.get(0).themeId(), parts)));
    }

    void deleteSelected() {
        List<ThemeRow> rows = chosen();
        if (rows.size() != 1 || rows.get(0).special()) {
            analysisHint("Select one theme to delete.");
            return;
        }
        boolean retire = themes.fromCodebook() && !rows.get(0).proposed();
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, "Its " + ChartFormat.count(rows.get(0).size())
                + " requests go to Unclear." + (retire ? " It is left out of the codebook when you save it again, "
                + "and its id " + rows.get(0).fileId() + " is never given to another theme." : "")
                + " You can undo this.", ButtonType.OK, ButtonType.CANCEL);
        confirm.setHeaderText((retire ? "Retire '" : "Delete '") + rows.get(0).label() + "'?");
        Optional<ButtonType> answer = confirm.showAndWait();
        if (answer.isPresent() && answer.get() == ButtonType.OK) {
            edit(() -> new ThemeEdit.Delete(rows.get(0).themeId()));
        }
    }

    private void edit(java.util.function.Supplier<ThemeEdit> edit) {
        try {
            analysis.edit(edit.get());
        } catch (IllegalArgumentException e) {
            analysisHint(e.getMessage());
        }
    }

    private void analysisHint(String message) {
        new Alert(Alert.AlertType.INFORMATION, message, ButtonType.OK).showAndWait();
    }

    private VBox detailPane() {
        Label title = new Label();
        title.setId("themeTitle");
        title.getStyleClass().add("title");
        title.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            ThemeRow r = themes.selectedProperty().get();
            return r == null ? "" : r.label() + " · " + ChartFormat.count(r.size()) + " requests · "
                    + ChartFormat.percent(r.share());
        }, themes.selectedProperty()));
        Label terms = new Label();
        terms.setId("themeTerms");
        terms.setWrapText(true);
        terms.textProperty().bind(themes.termsProperty());
        Label examplesTitle = new Label("Representative requests (closest to the theme's centre)");
        examplesTitle.getStyleClass().add("section-title");
        ListView<RequestRow> examples = new ListView<>(themes.examples());
        examples.setId("examplesList");
        examples.setPrefHeight(130);
        examples.setMinHeight(80);
        examples.setPlaceholder(new Label("No representative request in this filter."));
        examples.setCellFactory(v -> new ListCell<>() {
            {
                setPrefWidth(0);
            }

            private final Tooltip full = Cells.textTooltip();

            @Override
            protected void updateItem(RequestRow item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : "Row " + item.sourceRow() + ": " + themes.shown(item.text()));
                full.setText(getText());
                setTooltip(getText() == null ? null : full);
            }
        });
        examples.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                themes.selectedRequestProperty().set(b);
            }
        });
        TextField search = new TextField();
        search.setId("searchField");
        search.setPromptText("Search this theme's requests (all words must match)");
        search.textProperty().bindBidirectional(themes.searchProperty());
        Label count = new Label();
        count.setId("requestCount");
        count.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> ChartFormat.count(themes.requests().size()) + " shown", themes.requests()));
        HBox searchBar = new HBox(8, search, count);
        HBox.setHgrow(search, Priority.ALWAYS);
        TableView<RequestRow> requests = requestsTable();
        SplitPane tableAndText = new SplitPane(requests, requestText());
        tableAndText.setOrientation(javafx.geometry.Orientation.VERTICAL);
        tableAndText.setDividerPositions(0.72);
        VBox box = new VBox(6, title, terms, examplesTitle, examples, searchBar, tableAndText);
        VBox.setVgrow(tableAndText, Priority.ALWAYS);
        box.setPadding(new Insets(8));
        return box;
    }

    /** The whole text of the selected request, below the table, as text the analyst can select and copy. */
    private VBox requestText() {
        Label heading = new Label();
        heading.setId("requestHeading");
        heading.getStyleClass().add("section-title");
        heading.textProperty().bind(themes.requestHeadingProperty());
        TextArea text = new TextArea();
        text.setId("requestDetail");
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefRowCount(4);
        text.setPromptText("Select a request (or a representative request) to read its whole text here.");
        text.textProperty().bind(themes.requestTextProperty());
        VBox box = new VBox(4, heading, text);
        VBox.setVgrow(text, Priority.ALWAYS);
        box.setMinHeight(70);
        return box;
    }

    private TableView<RequestRow> requestsTable() {
        SortedList<RequestRow> sorted = new SortedList<>(themes.requests());
        TableView<RequestRow> t = new TableView<>(sorted);
        sorted.comparatorProperty().bind(t.comparatorProperty());
        t.setId("themeRequestsTable");
        t.setFixedCellSize(42);
        t.setPlaceholder(new Label("Select a theme to see its requests."));
        t.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        TableColumn<RequestRow, Integer> row = Cells.column("Row", 72, RequestRow::sourceRow,
                "Row number in the source file");
        row.setMinWidth(72); // seven digits, however narrow the window
        TableColumn<RequestRow, String> created = Cells.column("Created", 124,
                r -> r.created() == null ? "" : DATE_TIME.format(r.created()), "When the request was created");
        created.setMinWidth(124);
        t.getColumns().add(row);
        t.getColumns().add(created);
        t.getColumns().add(Cells.column("Category", 130, RequestRow::category, "The official category in the export"));
        TableColumn<RequestRow, String> text = Cells.column("Request text", 420, r -> themes.shown(r.text()),
                "What the resident wrote, with personal data redacted as in the exports; searched words are in bold");
        Cells.highlighted(text, () -> SearchWords.of(themes.searchProperty().get()));
        t.getColumns().add(text);
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        t.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                themes.selectedRequestProperty().set(b);
            }
        });
        Menu move = new Menu("Move to theme");
        move.setId("moveMenu");
        ContextMenu menu = new ContextMenu(move);
        menu.setOnShowing(e -> {
            move.getItems().clear();
            for (ThemeRow target : themes.moveTargets()) {
                MenuItem item = new MenuItem(target.label());
                item.setOnAction(a -> {
                    List<Integer> chosen = t.getSelectionModel().getSelectedItems().stream().map(RequestRow::request)
                            .toList();
                    if (!chosen.isEmpty()) {
                        edit(() -> new ThemeEdit.Move(chosen, target.themeId()));
                    }
                });
                move.getItems().add(item);
            }
        });
        t.setContextMenu(menu);
        return t;
    }

    /** What "Export this theme…" does (the workbench opens the export dialog for the selected theme). */
    void setOnExportTheme(Runnable action) {
        onExportTheme = action;
    }

    TableView<ThemeRow> table() {
        return table;
    }
}
