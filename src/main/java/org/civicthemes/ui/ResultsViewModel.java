package org.civicthemes.ui;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.civicthemes.model.RequestCube;
import org.civicthemes.model.ResultFile;
import org.civicthemes.model.ResultTheme;
import org.civicthemes.model.SparkResults;
import org.civicthemes.model.ThemeAssignment;
import org.civicthemes.model.ThemeGroup;
import org.civicthemes.workflow.SparkResultsService;

/**
 * The results of a Spark run opened in the window (File > Open results…): read off the FX thread with progress and
 * cancel, then shown as their themes, the exports' counts and the charts of the count cube, all narrowed by a filter
 * bar of their own. The results hold counts, not requests: nothing here edits, exports or groups again.
 */
public final class ResultsViewModel implements FilterChoices {

    /** What the window says in place of the requests. */
    public static final String NO_REQUESTS = "These results hold counts, not the requests: the themes, charts and "
            + "exports' counts below come from the cube of requests per theme, day, category and district. Each "
            + "request's theme is in the folder's assignments/ (Parquet, one folder per month).";
    /** Why editing, exporting and finding themes again are off while results are shown. */
    public static final String COUNTS_ONLY = "Spark results are counts: editing, exporting and finding themes again "
            + "need the requests (open an export for those).";

    private final SparkResultsService service;
    private final JobState job;
    private final FilterViewModel filter;
    private final ChartsViewModel charts;
    private final ReadOnlyObjectWrapper<SparkResults> results = new ReadOnlyObjectWrapper<>(this, "results");
    private final ReadOnlyObjectWrapper<ResultsState> state = new ReadOnlyObjectWrapper<>(this, "state");
    private final ReadOnlyObjectWrapper<LocalDate> firstDay = new ReadOnlyObjectWrapper<>(this, "firstDay");
    private final ReadOnlyObjectWrapper<LocalDate> lastDay = new ReadOnlyObjectWrapper<>(this, "lastDay");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyIntegerWrapper selectedTheme = new ReadOnlyIntegerWrapper(this, "selectedTheme",
            ChartSelection.ANY_THEME);
    private final ObservableList<ResultThemeRow> themes = FXCollections.observableArrayList();
    private final ObservableList<ResultFile> files = FXCollections.observableArrayList();
    private final ObservableList<String> categories = FXCollections.observableArrayList();
    private final ObservableList<String> districts = FXCollections.observableArrayList();
    private final ObservableList<ResultThemeRow> themesView = FXCollections.unmodifiableObservableList(themes);
    private final ObservableList<ResultFile> filesView = FXCollections.unmodifiableObservableList(files);
    private final ObservableList<String> categoriesView = FXCollections.unmodifiableObservableList(categories);
    private final ObservableList<String> districtsView = FXCollections.unmodifiableObservableList(districts);

    /**
     * @param runner       reads the results folder
     * @param chartsRunner computes the charts for each filter
     */
    public ResultsViewModel(SparkResultsService service, BackgroundRunner runner, BackgroundRunner chartsRunner) {
        this.service = Objects.requireNonNull(service, "service");
        job = new JobState(runner, "Opening the results");
        charts = new ChartsViewModel(chartsRunner);
        filter = new FilterViewModel(this::filter, lastDay::get);
        charts.stateProperty().bind(state);
        charts.dataProperty().addListener((o, before, after) -> countThemes(after));
    }

    /** Reads a results folder in the background; a folder that is not one is refused and what was shown stays. */
    public void open(Path folder) {
        job.start("Opening the results in " + folder.getFileName(), (progress, cancel) ->
                service.open(folder, progress, cancel), this::show);
    }

    /** Whether a path is a folder of Spark results (rather than an export to import). */
    public boolean isResultsFolder(Path path) {
        return service.isResultsFolder(path);
    }

    /** Goes back to the analysis: the results are closed. */
    public void close() {
        if (results.get() != null) {
            results.set(null);
            state.set(null);
            themes.clear();
            files.clear();
            summary.set("");
        }
    }

    public void cancel() {
        job.cancel();
    }

    private void show(SparkResults opened) {
        RequestCube cube = opened.cube();
        int first = Integer.MAX_VALUE;
        int last = Integer.MIN_VALUE;
        for (int cell = 0; cell < cube.size(); cell++) {
            if (cube.day(cell) != RequestCube.UNDATED && cube.requests(cell) > 0) {
                first = Math.min(first, cube.day(cell));
                last = Math.max(last, cube.day(cell));
            }
        }
        firstDay.set(first == Integer.MAX_VALUE ? null : LocalDate.ofEpochDay(first));
        lastDay.set(last == Integer.MIN_VALUE ? null : LocalDate.ofEpochDay(last));
        categories.setAll(sortedValues(cube, RequestCube.Column.CATEGORY));
        districts.setAll(sortedValues(cube, RequestCube.Column.DISTRICT));
        files.setAll(opened.files());
        summary.set(summaryOf(opened));
        results.set(opened);
        filter.reset();
        state.set(new ResultsState(opened, filter.current()));
        countThemes(charts.dataProperty().get());
        job.say("Opened " + opened.folder().getFileName() + ". " + COUNTS_ONLY);
    }

    private static List<String> sortedValues(RequestCube cube, RequestCube.Column column) {
        return cube.values(column).stream().filter(v -> !v.isBlank()).sorted().toList();
    }

    private static String summaryOf(SparkResults opened) {
        long exports = opened.files().size();
        long refused = opened.files().stream().filter(ResultFile::isRefused).count();
        String found = opened.codebook().isEmpty()
                ? "themes found on a sample of " + ChartFormat.count(opened.sample())
                : "themes from " + opened.codebook();
        return ChartFormat.count(opened.requests()) + " requests from " + exports + (exports == 1 ? " export" : " exports")
                + (refused > 0 ? " (" + refused + " refused)" : "") + " in " + opened.themes().size() + " themes ("
                + found + ", meaning " + opened.meaning() + ")";
    }

    /** The filter bar's choice: the charts and the themes' counts follow it. */
    private void filter(RequestFilter value) {
        ResultsState now = state.get();
        if (now != null) {
            state.set(now.withFilter(value));
        }
    }

    private void countThemes(ChartsData data) {
        SparkResults opened = results.get();
        if (opened == null) {
            themes.clear();
            return;
        }
        Map<Integer, Long> inFilter = new HashMap<>();
        if (data != null) {
            data.sizes().forEach(s -> inFilter.put(s.themeId(), s.count()));
        }
        long notYet = data == null ? ResultThemeRow.NOT_COUNTED : 0L; // the charts are still counting
        List<ResultThemeRow> rows = new ArrayList<>();
        for (int t = 0; t < opened.themes().size(); t++) {
            ResultTheme theme = opened.themes().get(t);
            rows.add(new ResultThemeRow(t, theme.id(), theme.name(), theme.proposed(), theme.requests(),
                    theme.share(), inFilter.getOrDefault(t, notYet)));
        }
        long all = Math.max(1, opened.requests());
        rows.add(new ResultThemeRow(ThemeAssignment.UNCLEAR, 0, ThemeGroup.UNCLEAR, false, opened.unclear(),
                opened.unclear() / (double) all, inFilter.getOrDefault(ThemeAssignment.UNCLEAR, notYet)));
        rows.add(new ResultThemeRow(ThemeAssignment.NO_DESCRIPTION, -1, ThemeGroup.NO_DESCRIPTION, false,
                opened.noDescription(), opened.noDescription() / (double) all,
                inFilter.getOrDefault(ThemeAssignment.NO_DESCRIPTION, notYet)));
        themes.setAll(rows);
    }

    /** A click on a chart: narrows the filter to its dates, category or district, and selects its theme. */
    public void select(ChartSelection selection) {
        if (selection.range() != null && !selection.range().isAll()) {
            filter.presetProperty().set(null);
            filter.fromProperty().set(selection.range().from());
            filter.toProperty().set(selection.range().to());
        }
        if (!selection.category().isEmpty()) {
            filter.categoryProperty().set(selection.category());
        }
        if (!selection.district().isEmpty()) {
            filter.districtProperty().set(selection.district());
        }
        selectedTheme.set(selection.hasTheme() ? selection.themeId() : ChartSelection.ANY_THEME);
    }

    /** The results open, or null while the window shows an analysis (or nothing). */
    public ReadOnlyObjectProperty<SparkResults> resultsProperty() {
        return results.getReadOnlyProperty();
    }

    /** The results and the filter in force, as the charts compute them; null when none are open. */
    public ReadOnlyObjectProperty<ResultsState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public FilterViewModel filter() {
        return filter;
    }

    public ChartsViewModel charts() {
        return charts;
    }

    /** The themes in the results' order, then Unclear and No description, with their requests in the filter. */
    public ObservableList<ResultThemeRow> themes() {
        return themesView;
    }

    /** What became of every export's rows. */
    public ObservableList<ResultFile> files() {
        return filesView;
    }

    /** "20,000 requests from 1 export in 17 themes (themes found on a sample of 20,000, meaning on)". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** The theme id (as the charts number it) a chart click chose, or {@link ChartSelection#ANY_THEME}. */
    public ReadOnlyIntegerProperty selectedThemeProperty() {
        return selectedTheme.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyObjectProperty<LocalDate> firstDayProperty() {
        return firstDay.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyObjectProperty<LocalDate> lastDayProperty() {
        return lastDay.getReadOnlyProperty();
    }

    @Override
    public ObservableList<String> categories() {
        return categoriesView;
    }

    @Override
    public ObservableList<String> districts() {
        return districtsView;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return job.runningProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return job.progressProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return job.statusProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return job.errorProperty();
    }

    public void dismissError() {
        job.dismissError();
    }
}
