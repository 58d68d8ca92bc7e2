package org.civicthemes.io.write;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.civicthemes.analysis.CrossTab;
import org.civicthemes.analysis.ThemeGroups;
import org.civicthemes.model.ThemeRun;

/**
 * Writes a theme x column cross-tab ({@code crosstab-category.csv}, {@code crosstab-district.csv}): one line per
 * theme and value with requests, the value's share of the theme and the theme's share of the value, plus how many
 * values hold 80% of the theme and how pure the value is.
 */
public final class CrossTabCsvWriter {

    public void write(ThemeRun run, CrossTab tab, String columnName, Path target) throws IOException {
        int themes = run.themes().themes().size();
        CSVFormat format = CsvFile.withHeader("theme_id", "theme_label", columnName, "count",
                "share_of_theme", "share_of_" + columnName, "theme_values_for_80pct", columnName + "_purity");
        long[][] counts = tab.counts();
        long[] valueTotals = new long[tab.values().size()];
        for (long[] row : counts) {
            for (int v = 0; v < row.length; v++) {
                valueTotals[v] += row[v];
            }
        }
        CsvFile.write(target, format, csv -> {
            for (int g = 0; g < counts.length; g++) {
                int internal = ThemeGroups.themeId(g, themes);
                long themeTotal = 0;
                for (long c : counts[g]) {
                    themeTotal += c;
                }
                for (int v = 0; v < counts[g].length; v++) {
                    if (counts[g][v] == 0) {
                        continue;
                    }
                    csv.printRecord(ThemeIds.external(run, internal), CsvText.safe(run.labelOf(internal)),
                            CsvText.safe(tab.values().get(v)), counts[g][v],
                            String.format(Locale.ROOT, "%.4f", counts[g][v] / (double) themeTotal),
                            String.format(Locale.ROOT, "%.4f", counts[g][v] / (double) valueTotals[v]),
                            tab.valuesFor80Percent(g), String.format(Locale.ROOT, "%.4f", tab.purity(v)));
                }
            }
        });
    }
}
