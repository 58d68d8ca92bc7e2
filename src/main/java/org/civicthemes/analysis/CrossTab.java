package org.civicthemes.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.civicthemes.model.Dataset;
import org.civicthemes.model.RequestCube;
import org.civicthemes.model.ServiceRequest;
import org.civicthemes.model.ThemeAssignment;
import org.civicthemes.model.ThemeRun;

/**
 * Themes against the values of another column (the official category, the district, ...): which themes cut
 * across categories (requests routed to different categories, or a category hiding several problems) and which
 * categories are mostly one theme.
 *
 * @param values the column's values, most requests first (ties alphabetical); blank values are "(blank)"
 * @param counts requests per group (themes, then Unclear, then No description) and value
 */
public record CrossTab(List<String> values, long[][] counts) {

    public static final String BLANK = "(blank)";

    public CrossTab {
        values = List.copyOf(values);
        long[][] copy = new long[counts.length][];
        for (int g = 0; g < counts.length; g++) {
            copy[g] = counts[g].clone();
        }
        counts = copy;
    }

    /**
     * Each request's value of a column as a number, made once per dataset and column so that a cross-tab of any part
     * of the requests is a count over an int array (a filter change at a million requests: a hash lookup per request
     * cost most of the Charts tab's time).
     *
     * @param values the distinct values ({@link #BLANK} for an empty cell), in order of first appearance
     * @param codes  per request of the dataset, the position of its value in {@code values}
     */
    public record ColumnCodes(Dataset dataset, List<String> values, int[] codes) {

        public static ColumnCodes of(Dataset dataset, Function<ServiceRequest, String> column) {
            Map<String, Integer> index = new HashMap<>();
            List<String> values = new ArrayList<>();
            int[] codes = new int[dataset.size()];
            for (int i = 0; i < codes.length; i++) {
                String value = column.apply(dataset.requests().get(i));
                value = value == null || value.isBlank() ? BLANK : value;
                Integer code = index.get(value);
                if (code == null) {
                    code = values.size();
                    index.put(value, code);
                    values.add(value);
                }
                codes[i] = code;
            }
            return new ColumnCodes(dataset, List.copyOf(values), codes);
        }
    }

    /** The cross-tab of a run's requests by a column whose values were coded for the run's dataset. */
    public static CrossTab of(ThemeRun run, ColumnCodes column) {
        int themes = run.themes().themes().size();
        int groups = ThemeGroups.count(themes);
        long[][] byCode = new long[column.values().size()][groups];
        ThemeAssignment assignment = run.themes().assignment();
        int[] codes = column.codes();
        List<Integer> requests = run.requestIndexes();
        for (int doc = 0; doc < run.size(); doc++) {
            byCode[codes[requests.get(doc)]][ThemeGroups.of(assignment.themeOf(doc), themes)]++;
        }
        Map<String, long[]> byValue = new HashMap<>();
        for (int c = 0; c < byCode.length; c++) {
            if (sum(byCode[c]) > 0) {
                byValue.put(column.values().get(c), byCode[c]);
            }
        }
        return of(byValue, groups);
    }

    /** The cross-tab of a cube's requests by one of its columns: the same table as the rows the cube was made of. */
    public static CrossTab of(RequestCube cube, RequestCube.Column column) {
        int groups = ThemeGroups.count(cube.themes());
        List<String> values = cube.values(column);
        long[][] byCode = new long[values.size()][groups];
        for (int cell = 0; cell < cube.size(); cell++) {
            byCode[cube.code(column, cell)][ThemeGroups.of(cube.themeId(cell), cube.themes())] += cube.requests(cell);
        }
        Map<String, long[]> byValue = new HashMap<>();
        for (int c = 0; c < byCode.length; c++) {
            if (sum(byCode[c]) > 0) {
                byValue.put(values.get(c).isBlank() ? BLANK : values.get(c), byCode[c]);
            }
        }
        return of(byValue, groups);
    }

    public static CrossTab of(Dataset dataset, ThemeRun run, Function<ServiceRequest, String> column) {
        int themes = run.themes().themes().size();
        int groups = ThemeGroups.count(themes);
        Map<String, long[]> byValue = new HashMap<>();
        ThemeAssignment assignment = run.themes().assignment();
        for (int doc = 0; doc < run.size(); doc++) {
            String value = column.apply(dataset.requests().get(run.requestIndexes().get(doc)));
            value = value == null || value.isBlank() ? BLANK : value;
            int group = ThemeGroups.of(assignment.themeOf(doc), themes);
            byValue.computeIfAbsent(value, v -> new long[groups])[group]++;
        }
        return of(byValue, groups);
    }

    private static CrossTab of(Map<String, long[]> byValue, int groups) {
        List<String> values = new ArrayList<>(byValue.keySet());
        values.sort(Comparator.comparingLong((String v) -> -sum(byValue.get(v))).thenComparing(v -> v));
        long[][] counts = new long[groups][values.size()];
        for (int c = 0; c < values.size(); c++) {
            long[] column2 = byValue.get(values.get(c));
            for (int g = 0; g < groups; g++) {
                counts[g][c] = column2[g];
            }
        }
        return new CrossTab(values, counts);
    }

    public long count(int group, int value) {
        return counts[group][value];
    }

    @Override
    public long[][] counts() {
        long[][] copy = new long[counts.length][];
        for (int g = 0; g < counts.length; g++) {
            copy[g] = counts[g].clone();
        }
        return copy;
    }

    /** How many values it takes to hold 80% of a group's requests: 1 means the theme sits in one category. */
    public int valuesFor80Percent(int group) {
        long[] row = counts[group].clone();
        long total = sum(row);
        java.util.Arrays.sort(row);
        long covered = 0;
        int n = 0;
        for (int i = row.length - 1; i >= 0 && covered < 0.8 * total; i--) {
            covered += row[i];
            n++;
        }
        return n;
    }

    /** The share of a value's requests that fall in its largest group (1 means the category is one theme). */
    public double purity(int value) {
        long total = 0;
        long max = 0;
        for (long[] row : counts) {
            total += row[value];
            max = Math.max(max, row[value]);
        }
        return total == 0 ? 0 : max / (double) total;
    }

    private static long sum(long[] values) {
        long s = 0;
        for (long v : values) {
            s += v;
        }
        return s;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CrossTab other && values.equals(other.values) && java.util.Arrays.deepEquals(counts, other.counts);
    }

    @Override
    public int hashCode() {
        return 31 * values.hashCode() + java.util.Arrays.deepHashCode(counts);
    }

    @Override
    public String toString() {
        return "CrossTab" + values;
    }
}
