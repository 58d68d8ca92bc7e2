package org.civicthemes.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Requests counted per theme x created day x category x district: what the time views need when the requests
 * themselves are not at hand (the results of a Spark run). Stored as compact columns, one entry per cell; a cell may
 * repeat a key (its counts add up). Themes are numbered as in a {@link ThemeAssignment}: 0 to {@code themes - 1},
 * {@link ThemeAssignment#UNCLEAR} and {@link ThemeAssignment#NO_DESCRIPTION}. Immutable.
 */
public final class RequestCube {

    /** The day of a cell of requests without a created date. */
    public static final int UNDATED = Integer.MIN_VALUE;

    /** The columns a cell is coded by besides its theme and day. */
    public enum Column {
        CATEGORY, DISTRICT
    }

    private final int themes;
    private final int[] themeIds;
    private final int[] days;
    private final int[] categories;
    private final int[] districts;
    private final long[] requests;
    private final List<String> categoryValues;
    private final List<String> districtValues;

    private RequestCube(int themes, int[] themeIds, int[] days, int[] categories, int[] districts, long[] requests,
                        List<String> categoryValues, List<String> districtValues) {
        this.themes = themes;
        this.themeIds = themeIds;
        this.days = days;
        this.categories = categories;
        this.districts = districts;
        this.requests = requests;
        this.categoryValues = List.copyOf(categoryValues);
        this.districtValues = List.copyOf(districtValues);
    }

    /** Number of themes (not counting Unclear and No description). */
    public int themes() {
        return themes;
    }

    /** Number of cells. */
    public int size() {
        return requests.length;
    }

    /** The theme id of a cell ({@link ThemeAssignment#UNCLEAR}, {@link ThemeAssignment#NO_DESCRIPTION} included). */
    public int themeId(int cell) {
        return themeIds[cell];
    }

    /** The epoch day of a cell, or {@link #UNDATED}. */
    public int day(int cell) {
        return days[cell];
    }

    /** The position of a cell's value of the column in {@link #values}. */
    public int code(Column column, int cell) {
        return column == Column.CATEGORY ? categories[cell] : districts[cell];
    }

    /** The distinct values of a column (an empty string for a blank cell), in order of first appearance. */
    public List<String> values(Column column) {
        return column == Column.CATEGORY ? categoryValues : districtValues;
    }

    /** The requests of a cell. */
    public long requests(int cell) {
        return requests[cell];
    }

    /** All requests counted. */
    public long total() {
        long total = 0;
        for (long r : requests) {
            total += r;
        }
        return total;
    }

    /** Whether any cell has a value of the column other than blank. */
    public boolean has(Column column) {
        return values(column).stream().anyMatch(v -> !v.isBlank());
    }

    /**
     * The cells in a date range (all cells, undated ones too, when the range is all days; only dated cells in it
     * otherwise) with the given category and district (empty for any): the same requests a filter keeps of the rows.
     */
    public RequestCube within(DateRange range, String category, String district) {
        Objects.requireNonNull(range, "range");
        int categoryCode = codeOf(categoryValues, category);
        int districtCode = codeOf(districtValues, district);
        long from = range.from() == null ? Long.MIN_VALUE : range.from().toEpochDay();
        long to = range.to() == null ? Long.MAX_VALUE : range.to().toEpochDay();
        boolean all = range.isAll();
        int n = 0;
        int[] kept = new int[requests.length];
        for (int c = 0; c < requests.length; c++) {
            boolean inRange = all || days[c] != UNDATED && days[c] >= from && days[c] <= to;
            if (inRange && (categoryCode == ANY || categories[c] == categoryCode)
                    && (districtCode == ANY || districts[c] == districtCode)) {
                kept[n++] = c;
            }
        }
        if (n == requests.length) {
            return this;
        }
        int[] t = new int[n];
        int[] d = new int[n];
        int[] cat = new int[n];
        int[] dis = new int[n];
        long[] r = new long[n];
        for (int i = 0; i < n; i++) {
            int c = kept[i];
            t[i] = themeIds[c];
            d[i] = days[c];
            cat[i] = categories[c];
            dis[i] = districts[c];
            r[i] = requests[c];
        }
        return new RequestCube(themes, t, d, cat, dis, r, categoryValues, districtValues);
    }

    private static final int ANY = -1;
    private static final int NONE = -2;

    private static int codeOf(List<String> values, String chosen) {
        if (chosen == null || chosen.isEmpty()) {
            return ANY;
        }
        int code = values.indexOf(chosen);
        return code < 0 ? NONE : code;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RequestCube other && themes == other.themes && Arrays.equals(themeIds, other.themeIds)
                && Arrays.equals(days, other.days) && Arrays.equals(categories, other.categories)
                && Arrays.equals(districts, other.districts) && Arrays.equals(requests, other.requests)
                && categoryValues.equals(other.categoryValues) && districtValues.equals(other.districtValues);
    }

    @Override
    public int hashCode() {
        return Objects.hash(themes, Arrays.hashCode(themeIds), Arrays.hashCode(days), Arrays.hashCode(requests));
    }

    @Override
    public String toString() {
        return "RequestCube[" + themes + " themes, " + size() + " cells, " + total() + " requests]";
    }

    /** Collects cells one at a time, coding the category and district values as they come. */
    public static final class Builder {

        private final int themes;
        private int n;
        private int[] themeIds = new int[1024];
        private int[] days = new int[1024];
        private int[] categories = new int[1024];
        private int[] districts = new int[1024];
        private long[] requests = new long[1024];
        private final Map<String, Integer> categoryIndex = new HashMap<>();
        private final List<String> categoryValues = new ArrayList<>();
        private final Map<String, Integer> districtIndex = new HashMap<>();
        private final List<String> districtValues = new ArrayList<>();

        /** @param themes number of themes: ids from 0 to {@code themes - 1}, then the two special groups */
        public Builder(int themes) {
            if (themes < 0) {
                throw new IllegalArgumentException("themes must not be negative: " + themes);
            }
            this.themes = themes;
        }

        /**
         * Adds a cell.
         *
         * @param day      the created day, or null for requests without a date
         * @param category the category (null or blank for none)
         * @param district the district (null or blank for none)
         */
        public Builder add(int themeId, LocalDate day, String category, String district, long count) {
            return add(themeId, day == null ? UNDATED : (int) day.toEpochDay(), category, district, count);
        }

        /** {@link #add(int, LocalDate, String, String, long)} with the day as an epoch day or {@link #UNDATED}. */
        public Builder add(int themeId, int epochDay, String category, String district, long count) {
            if (themeId >= themes || themeId < ThemeAssignment.NO_DESCRIPTION) {
                throw new IllegalArgumentException("theme id " + themeId + " is not one of " + themes + " themes");
            }
            if (count < 0) {
                throw new IllegalArgumentException("a count must not be negative: " + count);
            }
            if (n == requests.length) {
                int grown = n * 2;
                themeIds = Arrays.copyOf(themeIds, grown);
                days = Arrays.copyOf(days, grown);
                categories = Arrays.copyOf(categories, grown);
                districts = Arrays.copyOf(districts, grown);
                requests = Arrays.copyOf(requests, grown);
            }
            themeIds[n] = themeId;
            days[n] = epochDay;
            categories[n] = code(categoryIndex, categoryValues, category);
            districts[n] = code(districtIndex, districtValues, district);
            requests[n] = count;
            n++;
            return this;
        }

        private static int code(Map<String, Integer> index, List<String> values, String value) {
            String key = value == null || value.isBlank() ? "" : value;
            Integer code = index.get(key);
            if (code == null) {
                code = values.size();
                index.put(key, code);
                values.add(key);
            }
            return code;
        }

        public RequestCube build() {
            return new RequestCube(themes, Arrays.copyOf(themeIds, n), Arrays.copyOf(days, n),
                    Arrays.copyOf(categories, n), Arrays.copyOf(districts, n), Arrays.copyOf(requests, n),
                    categoryValues, districtValues);
        }
    }
}
