package org.civicthemes.io.write;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.civicthemes.analysis.SinceCodebook;

/**
 * Writes {@code themes.csv}: one row per theme of the export (then Unclear and No description), as the Summary
 * sheet shows them: {@code theme_id,theme_label,requests,share,change,change_requests,change_significant,
 * top_terms,example_rows} (change: relative, 0.4 is +40%; change_requests: the count difference; both as
 * {@link org.civicthemes.analysis.ThemeChange} defines them), and for a run placed by a codebook what changed since
 * it ({@link org.civicthemes.analysis.SinceCodebook}): {@code before,now,change_points} (empty for Unclear, No
 * description and, but for {@code now}, a proposed theme) and a column {@code new} (true for a proposed new
 * theme), its ids being the codebook's; when a theme names a department, a last column {@code department} (empty for
 * the themes without one, Unclear and No description).
 */
public final class ThemesCsvWriter implements ExportWriter {

    @Override
    public void writeTo(ExportContent content, OutputStream out) throws IOException {
        ThemeRows rows = new ThemeRows(content);
        boolean codebook = content.run().identity().fromCodebook();
        List<String> header = new ArrayList<>(List.of("theme_id", "theme_label", "requests", "share", "change",
                "change_requests", "change_significant", "top_terms", "example_rows"));
        if (codebook) {
            header.addAll(List.of("before", "now", "change_points", "new"));
        }
        boolean departments = !content.run().identity().departments().isEmpty();
        if (departments) {
            header.add("department");
        }
        CsvFile.print(out, CsvFile.withHeader(header.toArray(String[]::new)), csv -> {
                    for (ThemeRow row : rows.rows()) {
                        List<Object> values = new ArrayList<>(List.of(row.fileId(), CsvText.safe(row.label()),
                                row.count(), String.format(Locale.ROOT, "%.4f", row.share()),
                                number(row.change().relative(), "%.4f"), number(row.change().difference(), "%.1f"),
                                row.change().known() ? String.valueOf(row.change().significant()) : "",
                                CsvText.safe(row.topTerms()),
                                row.exampleRows().stream().map(String::valueOf).collect(Collectors.joining(" "))));
                        if (codebook) {
                            values.addAll(sinceCodebook(content, row));
                            values.add(content.isProposed(row.group()));
                        }
                        if (departments) {
                            int position = org.civicthemes.analysis.ThemeGroups.themeId(row.group(),
                                    content.themeCount());
                            values.add(position < 0 ? "" : CsvText.safe(content.run().identity()
                                    .departmentOf(position)));
                        }
                        csv.printRecord(values);
                    }
                });
    }

    /** before, now and change_points of a row; empty where they do not apply. */
    private static List<Object> sinceCodebook(ExportContent content, ThemeRow row) {
        int position = org.civicthemes.analysis.ThemeGroups.themeId(row.group(), content.themeCount());
        SinceCodebook since = content.sinceCodebook();
        if (since == null || position < 0) {
            return List.of("", "", "");
        }
        Optional<SinceCodebook.Kept> kept = since.keptAt(position);
        if (kept.isPresent()) {
            return List.of(kept.get().before(), kept.get().now(),
                    String.format(Locale.ROOT, "%.2f", kept.get().changePoints()));
        }
        return List.of("", since.proposedAt(position).map(p -> (Object) p.now()).orElse(""), "");
    }

    private static String number(double value, String format) {
        return Double.isNaN(value) ? "" : String.format(Locale.ROOT, format, value);
    }
}
