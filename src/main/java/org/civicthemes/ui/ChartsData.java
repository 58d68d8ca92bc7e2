package org.civicthemes.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.civicthemes.analysis.CrossTab;
import org.civicthemes.analysis.Cycle;
import org.civicthemes.analysis.CycleProfile;
import org.civicthemes.analysis.Baseline;
import org.civicthemes.analysis.EmergingOptions;
import org.civicthemes.analysis.EmergingThemes;
import org.civicthemes.analysis.Period;
import org.civicthemes.analysis.ThemeDayCounts;
import org.civicthemes.analysis.ThemeGroups;
import org.civicthemes.analysis.ThemeSeasonality;
import org.civicthemes.analysis.TrendPoint;
import org.civicthemes.analysis.TrendVerdict;
import org.civicthemes.analysis.Trends;
import org.civicthemes.model.ColumnRole;
import org.civicthemes.model.DateRange;
import org.civicthemes.model.RequestCube;
import org.civicthemes.model.ServiceRequest;
import org.civicthemes.model.SparkResults;
import org.civicthemes.model.ThemeAssignment;
import org.civicthemes.model.ThemeRun;

/**
 * Everything the charts show for one {@link ViewState}, computed once: theme sizes, day counts (from which
 * trends and emerging themes are cut for any period at once), seasonality profiles and cross-tabs. Immutable
 * and free of JavaFX, so it can be computed on a worker thread; {@link #of} is the heavy step (a few passes
 * over the filtered requests).
 */
public final class ChartsData {

    /** The columns a theme can be crossed with. */
    public enum CrossColumn {
        CATEGORY("Category", ServiceRequest::category, RequestCube.Column.CATEGORY),
        DISTRICT("District", ServiceRequest::district, RequestCube.Column.DISTRICT);

        private final String displayName;
        private final Function<ServiceRequest, String> value;
        private final RequestCube.Column cubeColumn;

        CrossColumn(String displayName, Function<ServiceRequest, String> value, RequestCube.Column cubeColumn) {
            this.displayName = displayName;
            this.value = value;
            this.cubeColumn = cubeColumn;
        }

        public String displayName() {
            return displayName;
        }

        @Override
        public String toString() {
            return displayName;
        }
    }

    /** Requests of one theme (or Unclear, No description) that pass the filter. */
    public record ThemeSize(int themeId, String label, long count, double share) {

        /** Unclear or No description rather than a theme. */
        public boolean special() {
            return themeId < 0;
        }
    }

    /** Requests of one group per period. */
    public record TrendSeries(int themeId, String label, List<TrendPoint> points) {

        public TrendSeries {
            points = List.copyOf(points);
        }
    }

    /** How one theme's requests spread over a cycle, against the spread of all themed requests. */
    public record SeasonRow(int themeId, String label, CycleProfile profile) {

        public long total() {
            return Arrays.stream(profile.counts()).sum();
        }

        /** The bin's share of the theme's requests (0 to 1). */
        public double share(int bin) {
            long total = total();
            return total == 0 ? 0 : profile.counts()[bin] / (double) total;
        }

        /** The bin's count over what the city's usual rhythm predicts for this theme (1 is usual). */
        public double ratio(int bin) {
            double expected = profile.expected()[bin];
            return expected == 0 ? 0 : profile.counts()[bin] / expected;
        }
    }

    /** How one group's latest period compares with its recent past. */
    public record EmergingRow(int themeId, String label, TrendVerdict verdict) {
    }

    /** One group's requests per value of the crossed column. */
    public record CrossRow(int themeId, String label, long[] counts, long total) {

        public CrossRow {
            counts = counts.clone();
        }

        @Override
        public long[] counts() {
            return counts.clone();
        }

        public long count(int value) {
            return counts[value];
        }
    }

    /** Groups against the values of a column, most requests first both ways. */
    public record CrossTable(CrossColumn column, List<String> values, List<CrossRow> rows, long[] valueTotals) {

        public CrossTable {
            values = List.copyOf(values);
            rows = List.copyOf(rows);
            valueTotals = valueTotals.clone();
        }

        @Override
        public long[] valueTotals() {
            return valueTotals.clone();
        }

        public long valueTotal(int value) {
            return valueTotals[value];
        }
    }

    private final IntFunction<String> labels;
    private final int themeCount;
    private final DateRange range;
    private final List<ThemeSize> sizes;
    private final long total;
    private final ThemeDayCounts dayCounts;
    private final Map<Cycle, List<SeasonRow>> seasonality;
    private final Map<CrossColumn, CrossTable> crossTables;

    private ChartsData(IntFunction<String> labels, int themeCount, DateRange range, List<ThemeSize> sizes,
                       ThemeDayCounts dayCounts, Map<Cycle, List<SeasonRow>> seasonality,
                       Map<CrossColumn, CrossTable> crossTables) {
        this.labels = labels;
        this.themeCount = themeCount;
        this.range = range;
        this.sizes = List.copyOf(sizes);
        this.total = sizes.stream().mapToLong(ThemeSize::count).sum();
        this.dayCounts = dayCounts;
        this.seasonality = seasonality;
        this.crossTables = crossTables;
    }

    /** Computes every chart's data over the requests that pass the state's filter. */
    public static ChartsData of(ViewState state) {
        Objects.requireNonNull(state, "state");
        ThemeRun filtered = state.filteredRun();
        int themes = filtered.themes().themes().size();
        List<ThemeSize> sizes = sizesOf(filtered);
        ThemeDayCounts dayCounts = ThemeDayCounts.of(state.dataset(), filtered);
        Map<Cycle, List<SeasonRow>> seasonality = seasonalityOf(ThemeSeasonality.of(state.dataset(), filtered),
                sizes);
        Map<CrossColumn, CrossTable> crossTables = new EnumMap<>(CrossColumn.class);
        crossTables.put(CrossColumn.CATEGORY, crossTableOf(CrossTab.of(filtered, codes(state.dataset(),
                CrossColumn.CATEGORY)), CrossColumn.CATEGORY, themes, sizes));
        if (state.dataset().mapping().has(ColumnRole.DISTRICT)) {
            crossTables.put(CrossColumn.DISTRICT, crossTableOf(CrossTab.of(filtered, codes(state.dataset(),
                    CrossColumn.DISTRICT)), CrossColumn.DISTRICT, themes, sizes));
        }
        return new ChartsData(filtered::labelOf, themes, state.filter().range(), sizes, dayCounts, seasonality,
                crossTables);
    }

    /**
     * Computes every chart's data from the count cube of a Spark run's results, over the cells that pass the filter:
     * the same sizes, trends, emerging themes and cross-tabs as the requests the cube counts would give, and their
     * seasonality over the cycles a day tells (no hour of day: {@link #cycles()}).
     */
    public static ChartsData of(SparkResults results, RequestFilter filter) {
        Objects.requireNonNull(results, "results");
        RequestCube cube = results.cube().within(filter.range(), filter.category(), filter.district());
        int themes = cube.themes();
        long[] counts = new long[ThemeGroups.count(themes)];
        for (int cell = 0; cell < cube.size(); cell++) {
            counts[ThemeGroups.of(cube.themeId(cell), themes)] += cube.requests(cell);
        }
        List<ThemeSize> sizes = sizesOf(counts, themes, results::labelOf);
        Map<Cycle, List<SeasonRow>> seasonality = seasonalityOf(ThemeSeasonality.of(cube), sizes);
        seasonality.keySet().retainAll(ThemeSeasonality.DAY_CYCLES);
        Map<CrossColumn, CrossTable> crossTables = new EnumMap<>(CrossColumn.class);
        for (CrossColumn column : CrossColumn.values()) {
            if (column == CrossColumn.CATEGORY || results.cube().has(column.cubeColumn)) {
                crossTables.put(column, crossTableOf(CrossTab.of(cube, column.cubeColumn), column, themes, sizes));
            }
        }
        return new ChartsData(results::labelOf, themes, filter.range(), sizes, ThemeDayCounts.of(cube), seasonality,
                crossTables);
    }

    private static List<ThemeSize> sizesOf(ThemeRun run) {
        int themes = run.themes().themes().size();
        long[] counts = new long[ThemeGroups.count(themes)];
        ThemeAssignment assignment = run.themes().assignment();
        for (int doc = 0; doc < run.size(); doc++) {
            int theme = assignment.themeOf(doc);
            if (theme != ThemeAssignment.NOT_GROUPED) {
                counts[ThemeGroups.of(theme, themes)]++;
            }
        }
        return sizesOf(counts, themes, run::labelOf);
    }

    private static List<ThemeSize> sizesOf(long[] counts, int themes, IntFunction<String> labels) {
        long grouped = Arrays.stream(counts).sum();
        List<ThemeSize> sizes = new ArrayList<>();
        for (int g = 0; g < counts.length; g++) {
            int id = ThemeGroups.themeId(g, themes);
            boolean special = id < 0;
            if (!special || counts[g] > 0) {
                sizes.add(new ThemeSize(id, labels.apply(id), counts[g], grouped == 0 ? 0 : counts[g] / (double) grouped));
            }
        }
        sizes.sort(Comparator.comparing(ThemeSize::special).thenComparingLong(s -> -s.count())
                .thenComparingInt(s -> Math.abs(s.themeId())));
        return sizes;
    }

    private static Map<Cycle, List<SeasonRow>> seasonalityOf(List<ThemeSeasonality.ThemeProfiles> profiles,
                                                             List<ThemeSize> sizes) {
        Map<Cycle, List<SeasonRow>> rows = new EnumMap<>(Cycle.class);
        for (Cycle cycle : Cycle.values()) {
            rows.put(cycle, new ArrayList<>());
        }
        for (ThemeSize size : sizes) {
            if (size.special() || size.count() == 0 || size.themeId() >= profiles.size()) {
                continue;
            }
            ThemeSeasonality.ThemeProfiles theme = profiles.get(size.themeId());
            for (CycleProfile profile : theme.profiles()) {
                if (Arrays.stream(profile.counts()).sum() > 0) {
                    rows.get(profile.cycle()).add(new SeasonRow(size.themeId(), size.label(), profile));
                }
            }
        }
        rows.replaceAll((cycle, list) -> List.copyOf(list));
        return rows;
    }

    private static CrossTable crossTableOf(CrossTab tab, CrossColumn column, int themes, List<ThemeSize> sizes) {
        List<CrossRow> rows = new ArrayList<>();
        for (ThemeSize size : sizes) {
            if (size.count() == 0) {
                continue;
            }
            long[] counts = new long[tab.values().size()];
            int group = ThemeGroups.of(size.themeId(), themes);
            for (int v = 0; v < counts.length; v++) {
                counts[v] = tab.count(group, v);
            }
            rows.add(new CrossRow(size.themeId(), size.label(), counts, size.count()));
        }
        long[] valueTotals = new long[tab.values().size()];
        for (long[] groupCounts : tab.counts()) {
            for (int v = 0; v < valueTotals.length; v++) {
                valueTotals[v] += groupCounts[v];
            }
        }
        return new CrossTable(column, tab.values(), rows, valueTotals);
    }

    /** The last dataset's coded columns: coding a column costs a hash lookup per request, once per dataset. */
    private static final Map<CrossColumn, CrossTab.ColumnCodes> CODES = new EnumMap<>(CrossColumn.class);

    private static CrossTab.ColumnCodes codes(org.civicthemes.model.Dataset dataset, CrossColumn column) {
        synchronized (CODES) {
            CrossTab.ColumnCodes codes = CODES.get(column);
            if (codes == null || codes.dataset() != dataset) {
                codes = CrossTab.ColumnCodes.of(dataset, column.value);
                CODES.put(column, codes);
            }
            return codes;
        }
    }

    /** The themes and special groups with their requests in the filter: themes largest first, then the others. */
    public List<ThemeSize> sizes() {
        return sizes;
    }

    /** Requests that pass the filter (the sum of {@link #sizes()}). */
    public long total() {
        return total;
    }

    /** Number of themes of the run (with or without requests in the filter). */
    public int themeCount() {
        return themeCount;
    }

    /** The label of a theme id or special group. */
    public String labelOf(int themeId) {
        return labels.apply(themeId);
    }

    /** Whether the data was counted from requests (false for a Spark run's count cube: there are none to list). */
    public boolean fromRequests() {
        return seasonality.containsKey(Cycle.HOUR_OF_DAY);
    }

    /** The cycles the seasonality covers: all of them from requests, no hour of day from a count cube. */
    public List<Cycle> cycles() {
        return List.copyOf(seasonality.keySet());
    }

    /** The ids of the {@code n} largest themes with requests in the filter, largest first. */
    public List<Integer> largestThemes(int n) {
        return sizes.stream().filter(s -> !s.special() && s.count() > 0).limit(n).map(ThemeSize::themeId).toList();
    }

    /** The first and last days with a request in the filter, or null when none has a date. */
    public LocalDate firstDay() {
        return dayCounts.firstDay();
    }

    public LocalDate lastDay() {
        return dayCounts.lastDay();
    }

    /** Requests per period of the given themes (ids as in {@link ThemeAssignment}), in the order given. */
    public List<TrendSeries> trends(Period period, List<Integer> themeIds) {
        List<TrendPoint> points = Trends.of(dayCounts, range, period);
        int themes = themeCount();
        List<TrendSeries> series = new ArrayList<>();
        for (int id : themeIds) {
            int group = ThemeGroups.of(id, themes);
            series.add(new TrendSeries(id, labelOf(id), points.stream().filter(p -> p.group() == group).toList()));
        }
        return series;
    }

    /** The days of the period starting on {@code start} that the data and the filter hold. */
    public DateRange periodRange(Period period, LocalDate start) {
        LocalDate end = period.next(start).minusDays(1);
        LocalDate from = firstDay() != null && start.isBefore(firstDay()) ? firstDay() : start;
        LocalDate to = lastDay() != null && end.isAfter(lastDay()) ? lastDay() : end;
        return to.isBefore(from) ? new DateRange(start, end) : new DateRange(from, to);
    }

    /**
     * Every group's latest period against the same days of earlier years or, when the filtered requests do not
     * reach a year back, the {@code baselinePeriods} before it: the one definition the exports and emerging.csv use
     * ({@link EmergingOptions}, {@link Baseline#AUTO}); most unusual first; empty when there is no baseline.
     */
    public List<EmergingRow> emerging(Period period, int baselinePeriods) {
        int themes = themeCount();
        return EmergingThemes.find(dayCounts, new EmergingOptions(period, baselinePeriods, Baseline.AUTO)).stream()
                .map(v -> {
                    int id = ThemeGroups.themeId(v.group(), themes);
                    return new EmergingRow(id, labelOf(id), v);
                }).toList();
    }

    /** Themes with requests in the filter, each with its profile over the cycle, largest theme first. */
    public List<SeasonRow> seasonality(Cycle cycle) {
        return seasonality.getOrDefault(cycle, List.of());
    }

    /** The columns this dataset can be crossed with: category, and district when the export has one. */
    public List<CrossColumn> crossColumns() {
        return List.copyOf(crossTables.keySet());
    }

    /** The groups against a column's values; the category table when the column is not available. */
    public CrossTable crossTable(CrossColumn column) {
        return crossTables.getOrDefault(column, crossTables.get(CrossColumn.CATEGORY));
    }
}
