package org.civicthemes.io.write;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.civicthemes.analysis.TrendPoint;
import org.civicthemes.analysis.ThemeGroups;
import org.civicthemes.model.ThemeRun;

/**
 * Writes {@code trends.csv}: {@code theme_id,theme_label,period,count,share}, one line per theme (and Unclear,
 * No description) per period; share is the theme's part of all requests of that period.
 */
public final class TrendsCsvWriter {

    public void write(ThemeRun run, List<TrendPoint> points, Path target) throws IOException {
        int themes = run.themes().themes().size();
        CSVFormat format = CsvFile.withHeader("theme_id", "theme_label", "period", "count", "share");
        CsvFile.write(target, format, csv -> {
            for (TrendPoint p : points) {
                int internal = ThemeGroups.themeId(p.group(), themes);
                csv.printRecord(ThemeIds.external(run, internal), CsvText.safe(run.labelOf(internal)), p.period(),
                        p.count(), String.format(Locale.ROOT, "%.4f", p.share()));
            }
        });
    }
}
