package org.civicthemes.io.write;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.civicthemes.analysis.TrendPoint;
import org.civicthemes.model.ThemeAssignment;
import org.civicthemes.model.ThemeRun;

/**
 * Writes {@code trends.csv}: {@code theme_id,theme_label,period,count,share}, one line per theme (and Unclear,
 * No description) per period; share is the theme's part of all requests of that period.
 */
public final class TrendsCsvWriter {

    public void write(ThemeRun run, List<TrendPoint> points, Path target) throws IOException {
        int themes = run.themes().themes().size();
        CSVFormat format = CSVFormat.RFC4180.builder()
                .setHeader("theme_id", "theme_label", "period", "count", "share").get();
        AtomicFile.write(target, out -> {
            BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            CSVPrinter csv = new CSVPrinter(writer, format);
            for (TrendPoint p : points) {
                int internal = p.group() < themes ? p.group()
                        : p.group() == themes ? ThemeAssignment.UNCLEAR : ThemeAssignment.NO_DESCRIPTION;
                csv.printRecord(ThemeIds.external(internal), CsvText.safe(run.labelOf(internal)), p.period(),
                        p.count(), String.format(Locale.ROOT, "%.4f", p.share()));
            }
            csv.flush();
        });
    }
}
