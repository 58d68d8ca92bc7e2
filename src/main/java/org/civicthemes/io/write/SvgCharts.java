package org.civicthemes.io.write;

import java.util.List;
import java.util.Locale;
import org.civicthemes.analysis.Cycle;
import org.civicthemes.analysis.CycleProfile;

/**
 * The charts of the HTML report, drawn as inline SVG so the report is one file that needs nothing else: theme
 * sizes (bars), requests per month (lines) and a month-of-year heatmap. Sizes are in SVG units; the page scales
 * them to its width.
 */
final class SvgCharts {

    /** Colour-blind safe colours (Okabe and Ito, with a dark grey and a dark red added). */
    static final String[] COLOURS = {"#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442",
        "#000000", "#555555", "#882255"};
    private static final String FONT = "font-family=\"system-ui, sans-serif\"";

    private SvgCharts() {
    }

    /** Horizontal bars of theme sizes, largest first, labelled with the count and share. */
    static String bars(List<ThemeRow> rows) {
        int labelWidth = 330;
        int barWidth = 480;
        int rowHeight = 24;
        int height = rows.size() * rowHeight + 10;
        long max = rows.stream().mapToLong(ThemeRow::count).max().orElse(1);
        StringBuilder svg = open(labelWidth + barWidth + 120, height, "Requests per theme");
        for (int i = 0; i < rows.size(); i++) {
            ThemeRow row = rows.get(i);
            int y = 5 + i * rowHeight;
            double w = max == 0 ? 0 : barWidth * row.count() / (double) max;
            String colour = row.special() ? "#9aa0a6" : COLOURS[0];
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\" font-size=\"13\" %s>%s</text>",
                    labelWidth - 8, y + 16, FONT, HtmlText.escape(shorten(row.fileId() + " " + row.label(), 44))));
            svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\"/>",
                    labelWidth, y + 3, w, rowHeight - 6, colour));
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" font-size=\"12\" %s>%,d (%.1f%%)</text>",
                    labelWidth + w + 6, y + 16, FONT, row.count(), row.share() * 100));
        }
        return svg.append("</svg>").toString();
    }

    /** Requests per month of a few themes, one line each, with a legend below. */
    static String lines(List<String> months, List<ThemeRow> series) {
        int left = 60;
        int top = 20;
        int plotWidth = 760;
        int plotHeight = 260;
        int legendRows = (series.size() + 1) / 2;
        int width = left + plotWidth + 30;
        int height = top + plotHeight + 50 + legendRows * 20;
        long max = 1;
        for (ThemeRow s : series) {
            for (long v : s.monthly()) {
                max = Math.max(max, v);
            }
        }
        double yMax = niceCeiling(max);
        StringBuilder svg = open(width, height, "Requests per month");
        for (int t = 0; t <= 4; t++) {
            double value = yMax * t / 4;
            double y = top + plotHeight - plotHeight * t / 4.0;
            svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#ddd\"/>",
                    left, y, left + plotWidth, y));
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\" font-size=\"11\" %s>%,d</text>",
                    left - 6, y + 4, FONT, Math.round(value)));
        }
        int n = months.size();
        int step = Math.max(1, (int) Math.ceil(n / 12.0));
        for (int m = 0; m < n; m += step) {
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\" font-size=\"11\" %s>%s</text>",
                    x(m, n, left, plotWidth), top + plotHeight + 16, FONT, HtmlText.escape(months.get(m))));
        }
        for (int s = 0; s < series.size(); s++) {
            long[] values = series.get(s).monthly();
            StringBuilder points = new StringBuilder();
            for (int m = 0; m < values.length; m++) {
                points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x(m, n, left, plotWidth),
                        top + plotHeight - plotHeight * values[m] / yMax));
            }
            String colour = COLOURS[s % COLOURS.length];
            svg.append(String.format(Locale.ROOT, "<polyline fill=\"none\" stroke=\"%s\" stroke-width=\"2\" points=\"%s\"/>",
                    colour, points.toString().strip()));
            int lx = left + (s % 2) * (plotWidth / 2);
            int ly = top + plotHeight + 36 + (s / 2) * 20;
            svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"14\" height=\"4\" fill=\"%s\"/>",
                    lx, ly - 5, colour));
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"12\" %s>%s</text>", lx + 20, ly,
                    FONT, HtmlText.escape(shorten(series.get(s).fileId() + " " + series.get(s).label(), 50))));
        }
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#888\"/>", left,
                top + plotHeight, left + plotWidth, top + plotHeight));
        return svg.append("</svg>").toString();
    }

    /**
     * Themes (rows) by a cycle's bins (columns), each cell coloured by the count against the count the usual
     * rhythm of all requests would give, in the one seasonality scale (orange more, blue fewer).
     */
    static String heatmap(List<ThemeRow> rows, List<CycleProfile> profiles, Cycle cycle) {
        int labelWidth = 300;
        int cell = cycle.bins() > 12 ? 17 : 38;
        int rowHeight = 20;
        int top = 22;
        int width = labelWidth + cycle.bins() * cell + 10;
        int height = top + rows.size() * rowHeight + 6;
        StringBuilder svg = open(width, height, AnalysisSheets.cycleName(cycle) + " against the usual rhythm");
        for (int b = 0; b < cycle.bins(); b++) {
            if (cycle.bins() <= 12 || b % 5 == 0) {
                svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\" font-size=\"11\" %s>%s</text>",
                        labelWidth + b * cell + cell / 2, top - 8, FONT,
                        HtmlText.escape(SeasonalityCsvWriter.binName(cycle, b))));
            }
        }
        for (int r = 0; r < rows.size(); r++) {
            CycleProfile p = profiles.get(r);
            int y = top + r * rowHeight;
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\" font-size=\"12\" %s>%s%s</text>",
                    labelWidth - 8, y + 14, FONT, HtmlText.escape(shorten(rows.get(r).fileId() + " " + rows.get(r).label(),
                            40)), p.patterned() ? " " + org.civicthemes.analysis.SeasonalityColours.PATTERN_MARK : ""));
            long[] counts = p.counts();
            double[] expected = p.expected();
            for (int b = 0; b < counts.length; b++) {
                double ratio = expected[b] == 0 ? 1 : counts[b] / expected[b];
                svg.append(String.format(Locale.ROOT,
                        "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\"><title>%s: %,d requests, %.2f× usual</title></rect>",
                        labelWidth + b * cell, y, cell - 1, rowHeight - 1, heat(ratio),
                        HtmlText.escape(SeasonalityCsvWriter.binName(cycle, b)), counts[b], ratio));
            }
        }
        return svg.append("</svg>").toString();
    }

    /** The one seasonality colour of a ratio ({@link org.civicthemes.analysis.SeasonalityColours}). */
    static String heat(double ratio) {
        return org.civicthemes.analysis.SeasonalityColours.ofRatio(ratio);
    }

    private static StringBuilder open(int width, int height, String title) {
        return new StringBuilder(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" width=\"100%%\" style=\"max-width:%dpx\" "
                        + "role=\"img\" aria-label=\"%s\"><title>%s</title>", width, height, width,
                HtmlText.escape(title), HtmlText.escape(title)));
    }

    private static double x(int m, int n, int left, int plotWidth) {
        return n <= 1 ? left + plotWidth / 2.0 : left + plotWidth * m / (double) (n - 1);
    }

    /** 1, 2, 2.5 or 5 times a power of ten, at least {@code max}. */
    static double niceCeiling(long max) {
        double power = Math.pow(10, Math.floor(Math.log10(Math.max(1, max))));
        for (double f : new double[] {1, 2, 2.5, 5, 10}) {
            if (f * power >= max) {
                return f * power;
            }
        }
        return 10 * power;
    }

    static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
