package org.civicthemes.io.read;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The facts about one column's sample values that the role scores are made of. Immutable once built. */
final class ColumnProfile {

    private static final Set<String> BOOLEAN_WORDS = Set.of(
            "true", "false", "yes", "no", "y", "n", "t", "f", "0", "1", "0.0", "1.0");
    private static final Set<String> STREET_WORDS = Set.of(
            "st", "street", "ave", "av", "avenue", "rd", "road", "blvd", "boulevard", "dr", "drive", "ln", "lane",
            "way", "pl", "place", "ct", "court", "ter", "terr", "terrace", "pkwy", "parkway", "hwy", "highway",
            "sq", "square", "cir", "circle", "aly", "alley", "plz", "plaza", "broadway", "intersection");

    final int index;
    final String name;
    final String normalisedName;
    /** Trimmed values, one per sample row, "" when the row had none. */
    final List<String> values;
    /** Values for comparing: lower case, inner white space collapsed. */
    final List<String> keys;
    final int rows;
    final int nonBlank;
    final int distinct;
    final double averageLength;
    final double averageWords;
    /** Shares of the non-blank values. */
    final double numericShare;
    final double decimalShare;
    final double latitudeShare;
    final double longitudeShare;
    final double streetShare;
    final double compactShare;
    final double linkShare;
    /** True when every filled value is a yes/no flag (True, False, Y, N, 0, 1). */
    final boolean flags;
    /** True when every filled value is a whole number from 0 to 999 (ward 27, district 5). */
    final boolean smallCodes;
    /** Average share of letters among the non-space characters of a value. */
    final double letterShare;
    final DateColumnParser dates;
    /** Per row: the date read with {@link #dates}, or null. */
    final List<LocalDateTime> parsedDates;
    final int dateCount;
    /** True when every date read was a plain number (an Excel serial). */
    final boolean datesAreSerialsOnly;

    private ColumnProfile(int index, String name, List<String> values) {
        this.index = index;
        this.name = name;
        this.normalisedName = HeaderName.normalise(name);
        this.values = List.copyOf(values);
        this.rows = values.size();
        List<String> keyList = new ArrayList<>(values.size());
        Set<String> seen = new HashSet<>();
        int filled = 0;
        long length = 0;
        long words = 0;
        int numeric = 0;
        int decimal = 0;
        int latitude = 0;
        int longitude = 0;
        int street = 0;
        int compact = 0;
        int link = 0;
        int flag = 0;
        int code = 0;
        double letters = 0;
        for (String v : values) {
            String key = key(v);
            keyList.add(key);
            if (v.isEmpty()) {
                continue;
            }
            filled++;
            seen.add(key);
            length += v.length();
            words += wordCount(v);
            double x = number(v);
            if (!Double.isNaN(x)) {
                numeric++;
                boolean hasFraction = v.indexOf('.') >= 0 && x != Math.rint(x);
                decimal += hasFraction ? 1 : 0;
                latitude += Math.abs(x) <= 90 ? 1 : 0;
                longitude += Math.abs(x) <= 180 ? 1 : 0;
                code += !hasFraction && x >= 0 && x <= 999 ? 1 : 0;
            }
            street += looksLikeStreet(key) ? 1 : 0;
            compact += v.length() <= 40 && v.indexOf(' ') < 0 ? 1 : 0;
            flag += BOOLEAN_WORDS.contains(key) ? 1 : 0;
            letters += letterShare(v);
            link += key.startsWith("http") || key.startsWith("['") || key.startsWith("[\"") ? 1 : 0;
        }
        this.keys = List.copyOf(keyList);
        this.nonBlank = filled;
        this.distinct = seen.size();
        this.averageLength = share(length, filled);
        this.averageWords = share(words, filled);
        this.numericShare = share(numeric, filled);
        this.decimalShare = share(decimal, filled);
        this.latitudeShare = share(latitude, filled);
        this.longitudeShare = share(longitude, filled);
        this.streetShare = share(street, filled);
        this.compactShare = share(compact, filled);
        this.linkShare = share(link, filled);
        this.flags = filled > 0 && flag == filled;
        this.smallCodes = filled > 0 && code == filled;
        this.letterShare = filled == 0 ? 0 : letters / filled;
        this.dates = DateColumnParser.learn(values);
        List<LocalDateTime> parsed = new ArrayList<>(values.size());
        int readable = 0;
        int fromNumbers = 0;
        for (String v : values) {
            LocalDateTime t = dates.parseOrNull(v);
            parsed.add(t);
            if (t != null) {
                readable++;
                fromNumbers += Double.isNaN(number(v)) ? 0 : 1;
            }
        }
        this.parsedDates = java.util.Collections.unmodifiableList(parsed);
        this.dateCount = readable;
        this.datesAreSerialsOnly = readable > 0 && fromNumbers == readable;
    }

    /** The profile of column {@code index} of the sample rows (short rows count as blank). */
    static ColumnProfile of(int index, String name, List<List<String>> rows) {
        List<String> values = new ArrayList<>(rows.size());
        for (List<String> row : rows) {
            String v = row != null && index < row.size() ? row.get(index) : null;
            values.add(v == null ? "" : v.strip());
        }
        return new ColumnProfile(index, name, values);
    }

    double fill() {
        return share(nonBlank, rows);
    }

    double dateShare() {
        return share(dateCount, nonBlank);
    }

    /** Share of values that are dates written as dates; plain numbers read as Excel serials do not count. */
    double writtenDateShare() {
        return datesAreSerialsOnly ? 0 : dateShare();
    }

    double distinctShare() {
        return share(distinct, nonBlank);
    }

    /** Lower case with runs of white space made one space: how values are compared. */
    static String key(String v) {
        return v.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    /** The value as a number when it is a plain decimal number ("-71.30", "3672116"), else NaN. */
    static double number(String v) {
        int n = v.length();
        if (n == 0 || n > 30) {
            return Double.NaN;
        }
        int i = v.charAt(0) == '-' || v.charAt(0) == '+' ? 1 : 0;
        int digits = 0;
        int dots = 0;
        for (; i < n; i++) {
            char c = v.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (c == '.' && dots == 0) {
                dots++;
            } else {
                return Double.NaN;
            }
        }
        return digits == 0 ? Double.NaN : Double.parseDouble(v);
    }

    /** Words: runs of letters and digits that hold at least one letter ("41.88" is no word). */
    private static int wordCount(String v) {
        int count = 0;
        boolean inToken = false;
        boolean hasLetter = false;
        for (int i = 0; i <= v.length(); i++) {
            char c = i < v.length() ? v.charAt(i) : ' ';
            if (Character.isLetterOrDigit(c)) {
                inToken = true;
                hasLetter |= Character.isLetter(c);
            } else {
                count += inToken && hasLetter ? 1 : 0;
                inToken = false;
                hasLetter = false;
            }
        }
        return count;
    }

    private static double letterShare(String v) {
        int letters = 0;
        int visible = 0;
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (!Character.isWhitespace(c)) {
                visible++;
                letters += Character.isLetter(c) ? 1 : 0;
            }
        }
        return visible == 0 ? 0 : (double) letters / visible;
    }

    /** "7 Red Cross Terrace", "259 Gibbs Ave Newport, RI", "INTERSECTION of Gibson St &amp; Dorchester Ave". */
    static boolean looksLikeStreet(String key) {
        String[] tokens = key.split("[^a-z0-9]+");
        int first = tokens.length > 0 && tokens[0].isEmpty() ? 1 : 0;
        if (tokens.length - first >= 2 && startsWithHouseNumber(tokens[first])
                && Character.isLetter(tokens[first + 1].charAt(0))) {
            return true;
        }
        for (String t : tokens) {
            if (STREET_WORDS.contains(t)) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWithHouseNumber(String token) {
        int digits = 0;
        while (digits < token.length() && Character.isDigit(token.charAt(digits))) {
            digits++;
        }
        return digits >= 1 && digits <= 6 && token.length() - digits <= 1;
    }

    private static double share(long part, long whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }
}
