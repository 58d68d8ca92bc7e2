package org.civicthemes.io.write;

import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.civicthemes.analysis.SinceCodebook;

/**
 * The "Since codebook" sheet of the summary workbook of a run placed by a codebook: each codebook theme before and
 * now with the change of its share, the proposed new themes with their top terms and examples, and the codebook
 * themes with no request now; all from {@link SinceCodebook}, as themes.json, themes.csv and the report show it.
 */
final class SinceCodebookSheet {

    private SinceCodebookSheet() {
    }

    static void write(SXSSFSheet sheet, WorkbookCells cells, ExportContent content) {
        SinceCodebook since = content.sinceCodebook();
        int r = 0;
        cells.title(sheet.createRow(r++), 0, "What changed since the codebook");
        cells.text(sheet.createRow(r++), 0, "The codebook's themes were found in " + since.learnedFrom() + ". "
                + since.describeBasis() + " Change: of the share of all requests, in percentage points.");
        r++;
        cells.headers(sheet.createRow(r++), 0, "Theme id", "Theme", "Before", "Share before", "Now", "Share now",
                "Change (points)");
        for (SinceCodebook.Kept kept : content.keptShown()) {
            Row line = sheet.createRow(r++);
            cells.integer(line, 0, kept.id());
            cells.text(line, 1, kept.name());
            cells.integer(line, 2, kept.before());
            cells.percent(line, 3, kept.shareBefore());
            cells.integer(line, 4, kept.now());
            cells.percent(line, 5, kept.shareNow());
            cells.decimal(line, 6, kept.changePoints());
        }
        r++;
        List<SinceCodebook.Proposed> proposed = content.proposedShown();
        cells.title(sheet.createRow(r++), 0, "Proposed new themes");
        if (proposed.isEmpty()) {
            cells.text(sheet.createRow(r++), 0, "None: every request fit a codebook theme, or too few fit none to "
                    + "form a theme.");
        } else {
            cells.text(sheet.createRow(r++), 0, "Requests that fit no codebook theme, or that share words much more "
                    + "common since it, grouped among themselves. Read the examples before keeping one.");
            cells.headers(sheet.createRow(r++), 0, "Theme id", "Theme", "Requests", "Now", "Top terms", "Example 1",
                    "Example 2", "Example 3");
            for (SinceCodebook.Proposed p : proposed) {
                Row line = sheet.createRow(r++);
                cells.integer(line, 0, p.id());
                cells.text(line, 1, p.name());
                cells.integer(line, 2, p.size());
                cells.integer(line, 3, p.now());
                cells.text(line, 4, String.join(", ", p.topTerms()));
                for (int e = 0; e < p.examples().size(); e++) {
                    cells.text(line, 5 + e, p.examples().get(e));
                }
            }
        }
        r++;
        List<SinceCodebook.Kept> empty = content.keptShown().stream().filter(SinceCodebook.Kept::emptyNow).toList();
        cells.title(sheet.createRow(r++), 0, "Codebook themes with no requests now");
        if (empty.isEmpty()) {
            cells.text(sheet.createRow(r), 0, "None: every codebook theme has requests now.");
        } else {
            cells.headers(sheet.createRow(r++), 0, "Theme id", "Theme", "Before");
            for (SinceCodebook.Kept kept : empty) {
                Row line = sheet.createRow(r++);
                cells.integer(line, 0, kept.id());
                cells.text(line, 1, kept.name());
                cells.integer(line, 2, kept.before());
            }
        }
        SummaryWorkbookWriter.widths(sheet, 9, 40, 11, 12, 11, 12, 45, 60, 60);
    }
}
