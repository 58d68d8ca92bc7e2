package org.civicthemes.io.write;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Writes {@code themes.csv}: one row per theme of the export (then Unclear and No description), as the Summary
 * sheet shows them: {@code theme_id,theme_label,requests,share,change,change_requests,change_significant,
 * top_terms,example_rows} (change: relative, 0.4 is +40%; change_requests: the count difference; both as
 * {@link org.civicthemes.analysis.ThemeChange} defines them).
 */
public final class ThemesCsvWriter implements ExportWriter {

    @Override
    public void writeTo(ExportContent content, OutputStream out) throws IOException {
        ThemeRows rows = new ThemeRows(content);
        CsvFile.print(out, CsvFile.withHeader("theme_id", "theme_label", "requests", "share", "change",
                "change_requests", "change_significant", "top_terms", "example_rows"), csv -> {
                    for (ThemeRow row : rows.rows()) {
                        csv.printRecord(row.fileId(), CsvText.safe(row.label()), row.count(),
                                String.format(Locale.ROOT, "%.4f", row.share()),
                                number(row.change().relative(), "%.4f"), number(row.change().difference(), "%.1f"),
                                row.change().known() ? String.valueOf(row.change().significant()) : "",
                                CsvText.safe(row.topTerms()),
                                row.exampleRows().stream().map(String::valueOf).collect(Collectors.joining(" ")));
                    }
                });
    }

    private static String number(double value, String format) {
        return Double.isNaN(value) ? "" : String.format(Locale.ROOT, format, value);
    }
}
