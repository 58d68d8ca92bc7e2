package org.civicthemes.analysis;

import java.util.Locale;

/**
 * The one colour scale of seasonality (issue 15: the window drew "more" in blue, the report in orange): orange where
 * a theme has more requests than the usual rhythm of all requests predicts, blue where it has fewer, pale where it is
 * as usual, on a log scale that is full at {@link #RATIO_LIMIT} times (and its inverse). The window and the report
 * both colour their cells here and explain them with {@link #EXPLANATION}. Colours are Okabe and Ito's (colour-blind
 * safe), as CSS hex strings, so this package stays free of any drawing library.
 */
public final class SeasonalityColours {

    /** More than usual. */
    public static final String MORE = "#d55e00";
    /** Fewer than usual. */
    public static final String LESS = "#0072b2";
    /** As usual, or nothing to show. */
    public static final String LEVEL = "#f7f9fb";
    /** Ratios at or beyond this factor (and its inverse) get the full colour. */
    public static final double RATIO_LIMIT = 4;

    /** How every face explains the colours and the pattern mark, word for word. */
    public static final String EXPLANATION = "Orange: more requests than the usual rhythm of all requests predicts "
            + "for the theme (full at 4× or more); blue: fewer (full at ¼ or less); pale: as usual. ★ marks a pattern "
            + "that chance alone would rarely give: q (p adjusted for every theme and cycle tested) below "
            + FalseDiscovery.RATE + ", at least " + SeasonalityFinder.MIN_REQUESTS + " requests and, for months of the "
            + "year, a peak seen in at least " + SeasonalityFinder.MIN_YEARS_FOR_SEASONS + " years.";

    /** The mark of a patterned theme. */
    public static final String PATTERN_MARK = "★";

    private SeasonalityColours() {
    }

    /** The colour of a count against its expected count ({@code count / expected}; 1 is usual). */
    public static String ofRatio(double ratio) {
        if (ratio <= 0) {
            return mix(LEVEL, LESS, 1);
        }
        double t = Math.log(ratio) / Math.log(RATIO_LIMIT);
        return t >= 0 ? mix(LEVEL, MORE, Math.min(1, t)) : mix(LEVEL, LESS, Math.min(1, -t));
    }

    /** The colour of a share, from {@link #LEVEL} at 0 to {@link #MORE} at 1 (a larger share is "more"). */
    public static String ofShare(double t) {
        return mix(LEVEL, MORE, Double.isNaN(t) ? 0 : Math.max(0, Math.min(1, t)));
    }

    private static String mix(String from, String to, double t) {
        int[] a = rgb(from);
        int[] b = rgb(to);
        return String.format(Locale.ROOT, "#%02x%02x%02x", Math.round(a[0] + (b[0] - a[0]) * t),
                Math.round(a[1] + (b[1] - a[1]) * t), Math.round(a[2] + (b[2] - a[2]) * t));
    }

    private static int[] rgb(String hex) {
        int v = Integer.parseInt(hex.substring(1), 16);
        return new int[] {v >> 16 & 0xff, v >> 8 & 0xff, v & 0xff};
    }
}
