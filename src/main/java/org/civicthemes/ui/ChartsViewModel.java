package org.civicthemes.ui;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.civicthemes.analysis.Cycle;
import org.civicthemes.analysis.Period;
import org.civicthemes.model.DateRange;
import org.civicthemes.ui.ChartsData.CrossColumn;
import org.civicthemes.ui.ChartsData.CrossTable;
import org.civicthemes.ui.ChartsData.EmergingRow;
import org.civicthemes.ui.ChartsData.SeasonRow;
import org.civicthemes.ui.ChartsData.ThemeSize;
import org.civicthemes.ui.ChartsData.TrendSeries;

/**
 * The state of the Charts tab: follows a {@link ChartsSource} (an analysis' {@link ViewState} or a Spark run's
 * {@link ResultsState}; set or bind {@link #stateProperty()}) and the
 * analyst's chart choices, and exposes what each chart shows as properties and observable lists. No controls,
 * so it is tested without a screen.
 *
 * <p>A new state is computed by {@link ChartsSource#charts} through the {@link BackgroundRunner} (a worker thread in
 * the workbench, the calling thread in tests); results of a state that was replaced meanwhile are dropped.
 * Period, theme and column choices only re-cut the computed data, at once on the calling thread.
 */
public final class ChartsViewModel {

    /** How many themes the trend chart shows unless one theme is chosen. */
    public static final int TOP_THEMES = 8;
    /** How many colours trend lines take (a theme keeps its colour for the session: {@link #trendColourOf}). */
    public static final int TREND_COLOURS = 12;
    /** The trend choice that means "the largest themes" rather than one theme. */
    public static final int LARGEST_THEMES = ChartSelection.ANY_THEME;
    /** Periods before the latest one that make the emerging themes' baseline, unless changed. */
    public static final int DEFAULT_BASELINE_PERIODS = 6;
    public static final int MIN_BASELINE_PERIODS = 1;
    public static final int MAX_BASELINE_PERIODS = 24;

    /** What colours a seasonality heatmap cell. */
    public enum HeatScale {
        SHARE("Share of the theme's requests"),
        RATIO("Ratio to the usual rhythm");

        private final String displayName;

        HeatScale(String displayName) {
            this.displayName = displayName;
        }

        @Override
        public String toString() {
            return displayName;
        }
    }

    private static final Logger LOG = Logger.getLogger(ChartsViewModel.class.getName());
    private static final String NO_DATA = "No charts yet. Open a 311 export and find its themes: the charts follow "
            + "every edit and filter.";
    private static final String HOURS_MISSING = "No hour of the day here: the results count requests per day, not "
            + "their times.";
    private static final String CLICKS_NARROW = "Counts of a Spark run: a click narrows the filter (there are no "
            + "requests to list).";
    private static final String NOTHING_IN_FILTER = "No request passes the filter. Widen the date range or clear "
            + "the category and district choices.";

    private final BackgroundRunner runner;
    private final ObjectProperty<ChartsSource> state = new SimpleObjectProperty<>(this, "state");
    private final ObjectProperty<Period> period = new SimpleObjectProperty<>(this, "period", Period.MONTH);
    private final IntegerProperty trendTheme = new SimpleIntegerProperty(this, "trendTheme", LARGEST_THEMES);
    private final BooleanProperty stacked = new SimpleBooleanProperty(this, "stacked", false);
    private final ObjectProperty<Period> emergingPeriod = new SimpleObjectProperty<>(this, "emergingPeriod", Period.MONTH);
    private final IntegerProperty baselinePeriods = new SimpleIntegerProperty(this, "baselinePeriods",
            DEFAULT_BASELINE_PERIODS);
    private final ObjectProperty<CrossColumn> crossColumn = new SimpleObjectProperty<>(this, "crossColumn",
            CrossColumn.CATEGORY);
    private final ObjectProperty<HeatScale> heatScale = new SimpleObjectProperty<>(this, "heatScale", HeatScale.RATIO);

    private final ReadOnlyObjectWrapper<ChartsData> data = new ReadOnlyObjectWrapper<>(this, "data");
    private final ReadOnlyBooleanWrapper computing = new ReadOnlyBooleanWrapper(this, "computing");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", NO_DATA);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyStringWrapper cyclesNote = new ReadOnlyStringWrapper(this, "cyclesNote", "");
    private final ReadOnlyStringWrapper clickNote = new ReadOnlyStringWrapper(this, "clickNote", "");
    private final ReadOnlyObjectWrapper<CrossTable> crossTable = new ReadOnlyObjectWrapper<>(this, "crossTable");
    private final ObservableList<ThemeSize> sizes = FXCollections.observableArrayList();
    private final ObservableList<ThemeSize> trendChoices = FXCollections.observableArrayList();
    private final ObservableList<TrendSeries> trends = FXCollections.observableArrayList();
    private final ObservableList<EmergingRow> emerging = FXCollections.observableArrayList();
    private final ObservableList<CrossColumn> crossColumns = FXCollections.observableArrayList(CrossColumn.CATEGORY);
    private final Map<Cycle, ObservableList<SeasonRow>> seasonality = new EnumMap<>(Cycle.class);
    private final ObservableList<ThemeSize> sizesView = FXCollections.unmodifiableObservableList(sizes);
    private final ObservableList<ThemeSize> trendChoicesView = FXCollections.unmodifiableObservableList(trendChoices);
    private final ObservableList<TrendSeries> trendsView = FXCollections.unmodifiableObservableList(trends);
    private final ObservableList<EmergingRow> emergingView = FXCollections.unmodifiableObservableList(emerging);
    private final ObservableList<CrossColumn> crossColumnsView = FXCollections.unmodifiableObservableList(crossColumns);
    private final Map<Cycle, ObservableList<SeasonRow>> seasonalityViews = new EnumMap<>(Cycle.class);

    private final ThemeColours trendColours = new ThemeColours(TREND_COLOURS);
    private BackgroundRunner.Handle running;
    private long generation;

    /** A view model that computes on the calling thread (tests, small data). */
    public ChartsViewModel() {
        this(BackgroundRunner.SAME_THREAD);
    }

    /** A view model that computes each new state through {@code runner} (the workbench's worker thread). */
    public ChartsViewModel(BackgroundRunner runner) {
        this.runner = Objects.requireNonNull(runner, "runner");
        for (Cycle cycle : Cycle.values()) {
            ObservableList<SeasonRow> rows = FXCollections.observableArrayList();
            seasonality.put(cycle, rows);
            seasonalityViews.put(cycle, FXCollections.unmodifiableObservableList(rows));
        }
        state.addListener((o, old, now) -> recompute(now));
        period.addListener((o, old, now) -> refreshTrends());
        trendTheme.addListener((o, old, now) -> refreshTrends());
        emergingPeriod.addListener((o, old, now) -> refreshEmerging());
        baselinePeriods.addListener((o, old, now) -> refreshEmerging());
        crossColumn.addListener((o, old, now) -> refreshCrossTable());
    }

    private void recompute(ChartsSource now) {
        if (running != null) {
            running.cancel();
            running = null;
        }
        long mine = ++generation;
        if (now == null) {
            computing.set(false);
            show(null);
            return;
        }
        computing.set(true);
        running = runner.start((progress, cancel) -> now.charts(), new BackgroundRunner.Callbacks<>(
                result -> {
                    if (mine == generation) {
                        computing.set(false);
                        show(result);
                    }
                },
                failure -> {
                    if (mine == generation) {
                        computing.set(false);
                        LOG.log(Level.WARNING, "Charts could not be computed", failure);
                        show(null);
                        message.set("The charts could not be computed: " + failure.getMessage());
                    }
                },
                () -> {
                    if (mine == generation) {
                        computing.set(false);
                    }
                },
                (step, done, total) -> { }));
    }

    private void show(ChartsData value) {
        data.set(value);
        if (value == null) {
            message.set(NO_DATA);
            summary.set("");
            cyclesNote.set("");
            clickNote.set("");
            sizes.clear();
            trendChoices.clear();
            seasonality.values().forEach(List::clear);
            crossColumns.setAll(CrossColumn.CATEGORY);
        } else {
            message.set(value.total() == 0 ? NOTHING_IN_FILTER : "");
            summary.set(summaryOf(value));
            cyclesNote.set(value.cycles().contains(Cycle.HOUR_OF_DAY) ? "" : HOURS_MISSING);
            clickNote.set(value.fromRequests() ? "" : CLICKS_NARROW);
            sizes.setAll(value.sizes());
            trendChoices.setAll(value.sizes().stream().filter(s -> !s.special() && s.count() > 0).toList());
            seasonality.forEach((cycle, rows) -> rows.setAll(value.seasonality(cycle)));
            crossColumns.setAll(value.crossColumns());
            if (crossColumn.get() == null || !value.crossColumns().contains(crossColumn.get())) {
                crossColumn.set(CrossColumn.CATEGORY);
            }
            if (trendTheme.get() != LARGEST_THEMES && trendTheme.get() >= value.themeCount()) {
                trendTheme.set(LARGEST_THEMES);
            }
        }
        refreshTrends();
        refreshEmerging();
        refreshCrossTable();
    }

    private static String summaryOf(ChartsData value) {
        long themes = value.sizes().stream().filter(s -> !s.special() && s.count() > 0).count();
        String text = ChartFormat.count(value.total()) + (value.total() == 1 ? " request" : " requests") + " in "
                + themes + (themes == 1 ? " theme" : " themes");
        if (value.firstDay() != null) {
            text += " · " + ChartFormat.day(value.firstDay()) + " to " + ChartFormat.day(value.lastDay());
        }
        return text;
    }

    private void refreshTrends() {
        ChartsData value = data.get();
        if (value == null) {
            trends.clear();
            return;
        }
        List<Integer> ids = trendTheme.get() == LARGEST_THEMES ? value.largestThemes(TOP_THEMES)
                : List.of(trendTheme.get());
        List<TrendSeries> drawn = value.trends(period.get(), new ArrayList<>(ids));
        trendColours.assign(drawn.stream().map(TrendSeries::label).toList());
        trends.setAll(drawn);
    }

    private void refreshEmerging() {
        ChartsData value = data.get();
        if (value == null) {
            emerging.clear();
            return;
        }
        int baseline = Math.max(MIN_BASELINE_PERIODS, Math.min(MAX_BASELINE_PERIODS, baselinePeriods.get()));
        emerging.setAll(value.emerging(emergingPeriod.get(), baseline));
    }

    private void refreshCrossTable() {
        ChartsData value = data.get();
        crossTable.set(value == null ? null : value.crossTable(crossColumn.get() == null ? CrossColumn.CATEGORY : crossColumn.get()));
    }

    /**
     * The colour number (0 to {@link #TREND_COLOURS} - 1) of a trend line: the same for a theme all session, whatever
     * the filter, so the analyst can follow it from one range to the next.
     */
    public int trendColourOf(TrendSeries trend) {
        return trendColours.of(trend.label());
    }

    /** What a click on a trend point selects: the theme in the period that starts on {@code start}. */
    public ChartSelection trendSelection(int themeId, java.time.LocalDate start) {
        ChartsData value = data.get();
        DateRange range = value == null ? DateRange.ALL : value.periodRange(period.get(), start);
        return ChartSelection.theme(themeId).withRange(range);
    }

    /**
     * What a click on a seasonality cell selects: for a month of the year, the theme in the latest such month the
     * filter holds (July: the last July with requests); for a day of the month, a weekday or an hour, which no date
     * range holds, the theme.
     */
    public ChartSelection seasonSelection(int themeId, Cycle cycle, int bin) {
        ChartSelection theme = ChartSelection.theme(themeId);
        ChartsData value = data.get();
        if (cycle != Cycle.MONTH_OF_YEAR || value == null || value.lastDay() == null) {
            return theme;
        }
        java.time.YearMonth month = java.time.YearMonth.of(value.lastDay().getYear(), bin + 1);
        if (month.isAfter(java.time.YearMonth.from(value.lastDay()))) {
            month = month.minusYears(1);
        }
        if (month.atEndOfMonth().isBefore(value.firstDay())) {
            return theme; // no such month in the filter
        }
        return theme.withRange(value.periodRange(Period.MONTH, month.atDay(1)));
    }

    /** What a click on a cross-tab cell selects: the theme within one value of the crossed column. */
    public ChartSelection crossSelection(int themeId, String value) {
        ChartSelection theme = ChartSelection.theme(themeId);
        return crossColumn.get() == CrossColumn.DISTRICT ? theme.withDistrict(value) : theme.withCategory(value);
    }

    /** What a click on an emerging theme selects: the theme in its latest period. */
    public static ChartSelection emergingSelection(EmergingRow row) {
        return ChartSelection.theme(row.themeId()).withRange(new DateRange(row.verdict().from(), row.verdict().to()));
    }

    // Inputs.

    /** What to chart: the workbench's published state, or the state of the Spark results open. */
    public ObjectProperty<ChartsSource> stateProperty() {
        return state;
    }

    /** The length of the trend chart's periods: day, week or month. */
    public ObjectProperty<Period> periodProperty() {
        return period;
    }

    /** The theme id the trend chart shows, or {@link #LARGEST_THEMES} for the {@value #TOP_THEMES} largest. */
    public IntegerProperty trendThemeProperty() {
        return trendTheme;
    }

    /** Whether the view draws trends as stacked areas rather than lines. */
    public BooleanProperty stackedProperty() {
        return stacked;
    }

    /** The length of the latest period the emerging themes are judged on: week or month. */
    public ObjectProperty<Period> emergingPeriodProperty() {
        return emergingPeriod;
    }

    /** Periods before the latest one that make the emerging themes' baseline. */
    public IntegerProperty baselinePeriodsProperty() {
        return baselinePeriods;
    }

    /** The column the cross-tab crosses themes with. */
    public ObjectProperty<CrossColumn> crossColumnProperty() {
        return crossColumn;
    }

    /** What colours the seasonality heatmaps. */
    public ObjectProperty<HeatScale> heatScaleProperty() {
        return heatScale;
    }

    // Outputs.

    /** All the data of the current state, or null when there is none (yet). */
    public ReadOnlyObjectProperty<ChartsData> dataProperty() {
        return data.getReadOnlyProperty();
    }

    /** True while a new state is being computed. */
    public ReadOnlyBooleanProperty computingProperty() {
        return computing.getReadOnlyProperty();
    }

    /** What to do when there is nothing to chart; empty when there is. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** "19,500 requests in 19 themes · Jan 1, 2024 to Sep 30, 2025". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** What the seasonality cannot show of this data (the hour of day of a Spark run's results), or empty. */
    public ReadOnlyStringProperty cyclesNoteProperty() {
        return cyclesNote.getReadOnlyProperty();
    }

    /** What a click on a chart does when it cannot show requests (a Spark run's counts), or empty. */
    public ReadOnlyStringProperty clickNoteProperty() {
        return clickNote.getReadOnlyProperty();
    }

    /** Themes largest first, then Unclear and No description. */
    public ObservableList<ThemeSize> sizes() {
        return sizesView;
    }

    /** The themes with requests in the filter, largest first: the trend chart's single-theme choices. */
    public ObservableList<ThemeSize> trendChoices() {
        return trendChoicesView;
    }

    /** One series per theme shown, points in period order. */
    public ObservableList<TrendSeries> trends() {
        return trendsView;
    }

    /** One row per theme with requests in the filter, largest first. */
    public ObservableList<SeasonRow> seasonality(Cycle cycle) {
        return seasonalityViews.get(cycle);
    }

    /** Every group's verdict, emerging and fading first. */
    public ObservableList<EmergingRow> emerging() {
        return emergingView;
    }

    /** The columns available to cross with. */
    public ObservableList<CrossColumn> crossColumns() {
        return crossColumnsView;
    }

    public ReadOnlyObjectProperty<CrossTable> crossTableProperty() {
        return crossTable.getReadOnlyProperty();
    }
}
