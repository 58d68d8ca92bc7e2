package org.civicthemes.io.write;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.civicthemes.analysis.ThemeGroups;
import org.civicthemes.analysis.TrendPoint;
import org.civicthemes.model.Theme;
import org.civicthemes.model.WeightedTerm;

/**
 * The summary rows of an export: its themes, largest first, then Unclear and No description; and the months of
 * its range. Every writer takes its rows from here, so the workbook, the report and themes.csv agree.
 */
final class ThemeRows {

    /** Examples shown per theme. */
    static final int EXAMPLES = 3;
    /** Longest example text shown, in characters. */
    static final int EXAMPLE_LENGTH = 300;
    /** Top terms shown per theme. */
    static final int TERMS = 6;

    private final List<String> months;
    private final List<ThemeRow> rows;

    ThemeRows(ExportContent content) {
        Map<String, LocalDate> starts = new LinkedHashMap<>();
        for (TrendPoint p : content.monthly()) {
            starts.putIfAbsent(p.period(), p.start());
        }
        this.months = List.copyOf(starts.keySet());
        long[][] perGroup = new long[ThemeGroups.count(content.themeCount())][months.size()];
        Map<String, Integer> monthIndex = new LinkedHashMap<>();
        for (int i = 0; i < months.size(); i++) {
            monthIndex.put(months.get(i), i);
        }
        for (TrendPoint p : content.monthly()) {
            perGroup[p.group()][monthIndex.get(p.period())] = p.count();
        }
        List<ThemeRow> list = new ArrayList<>();
        for (int group : content.groups()) {
            list.add(row(content, group, perGroup[group]));
        }
        list.sort(Comparator.comparing(ThemeRow::special).thenComparingLong(r -> -r.count())
                .thenComparingInt(ThemeRow::group));
        this.rows = List.copyOf(list);
    }

    /** The months of the range ("2025-07"), in order. */
    List<String> months() {
        return months;
    }

    /** The rows: themes by size, then Unclear and No description. */
    List<ThemeRow> rows() {
        return rows;
    }

    /** The requests of all rows. */
    long total() {
        return rows.stream().mapToLong(ThemeRow::count).sum();
    }

    /** "2025-07 vs 2025-06", or empty when the range holds fewer than two months. */
    String changeLabel() {
        return rows.stream().map(r -> r.change().periods()).filter(p -> !p.isEmpty()).findFirst().orElse("");
    }

    private ThemeRow row(ExportContent content, int group, long[] monthly) {
        int themeId = ThemeGroups.themeId(group, content.themeCount());
        long count = content.sizeOf(group);
        double share = content.run().size() == 0 ? 0 : count / (double) content.run().size();
        String terms = "";
        List<String> examples = new ArrayList<>();
        List<Integer> rowsOfExamples = new ArrayList<>();
        if (themeId >= 0) {
            Theme theme = content.run().themes().themes().get(themeId);
            terms = theme.topTerms().stream().limit(TERMS).map(WeightedTerm::display).collect(Collectors.joining(", "));
            for (int doc : theme.representatives()) {
                if (examples.size() == EXAMPLES) {
                    break;
                }
                var request = content.dataset().requests().get(content.run().requestIndexes().get(doc));
                examples.add(clip(content.requestText().apply(request.text())));
                rowsOfExamples.add(request.sourceRow());
            }
        }
        return new ThemeRow(group, content.fileIdOf(group), content.labelOf(group), count, share,
                content.changes().get(group), monthly, terms, examples, rowsOfExamples, themeId < 0);
    }

    static String clip(String text) {
        String oneLine = text.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= EXAMPLE_LENGTH ? oneLine : oneLine.substring(0, EXAMPLE_LENGTH - 1) + "…";
    }

    /** The monthly counts as a line of block characters, the last {@code months} months. */
    static String sparkline(long[] monthly, int months) {
        String blocks = "▁▂▃▄▅▆▇█";
        int from = Math.max(0, monthly.length - months);
        long max = 0;
        for (int i = from; i < monthly.length; i++) {
            max = Math.max(max, monthly[i]);
        }
        StringBuilder out = new StringBuilder();
        for (int i = from; i < monthly.length; i++) {
            int level = max == 0 ? 0 : (int) Math.round(monthly[i] * 7.0 / max);
            out.append(blocks.charAt(level));
        }
        return out.toString();
    }
}
