package org.civicthemes.io.write;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Writes {@code themes.csv}: one row per theme of the export (then Unclear and No description), as the Summary
 * sheet shows them: {@code theme_id,theme_label,requests,share,change,top_terms,example_rows}.
 */
public final class ThemesCsvWriter implements ExportWriter {

    @Override
    public void writeTo(ExportContent content, OutputStream out) throws IOException {
        ThemeRows rows = new ThemeRows(content);
        CsvFile.print(out, CsvFile.withHeader("theme_id", "theme_label", "requests", "share", "change",
                "top_terms", "example_rows"), csv -> {
                    for (ThemeRow row : rows.rows()) {
                        csv.printRecord(row.fileId(), CsvText.safe(row.label()), row.count(),
                                String.format(Locale.ROOT, "%.4f", row.share()),
                                Double.isNaN(row.change()) ? "" : String.format(Locale.ROOT, "%.4f", row.change()),
                                CsvText.safe(row.topTerms()),
                                row.exampleRows().stream().map(String::valueOf).collect(Collectors.joining(" ")));
                    }
                });
    }
}
