package org.civicthemes.io.write;

import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.civicthemes.analysis.ThemeChange;

/**
 * Writes {@code summary.xlsx} by streaming (SXSSF: a window of rows in memory, the rest on disk), so a million
 * requests export in about the memory of the import: sheets Summary, Trends (with a native line chart), Brief (the
 * agent brief), Seasonality, Emerging, Category cross-tab, FAQ candidates, FAQ to write (with the city's FAQ), Requests
 * (an Excel table with filters) and About.
 */
public final class SummaryWorkbookWriter implements ExportWriter {

    public static final String SUMMARY = "Summary";
    /** Only in the workbook of a run placed by a codebook, after the Summary. */
    public static final String SINCE_CODEBOOK = "Since codebook";
    public static final String TRENDS = "Trends";
    public static final String SEASONALITY = "Seasonality";
    public static final String EMERGING = "Emerging";
    public static final String CROSSTAB = "Category cross-tab";
    public static final String FAQ = "FAQ candidates";
    public static final String FAQ_TO_WRITE = "FAQ to write";
    public static final String BRIEF = "Brief";
    public static final String REQUESTS = "Requests";
    public static final String ABOUT = "About";
    /** The row of the Summary sheet that holds the column headers (0-based). */
    public static final int SUMMARY_HEADER_ROW = 6;

    /** Rows kept in memory per sheet while writing. */
    private static final int ROW_WINDOW = 200;
    private static final int SPARKLINE_MONTHS = 12;
    private static final DateTimeFormatter MADE_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT);

    @Override
    public void writeTo(ExportContent content, OutputStream out) throws IOException {
        PoiTempFolder.use();
        SXSSFWorkbook workbook = new SXSSFWorkbook(ROW_WINDOW);
        workbook.setCompressTempFiles(true);
        try {
            WorkbookCells cells = new WorkbookCells(workbook);
            ThemeRows rows = new ThemeRows(content);
            summary(workbook.createSheet(SUMMARY), cells, content, rows);
            if (content.fromCodebook()) {
                SinceCodebookSheet.write(workbook.createSheet(SINCE_CODEBOOK), cells, content);
            }
            TrendsSheet.write(workbook, workbook.createSheet(TRENDS), cells, rows);
            AnalysisSheets sheets = new AnalysisSheets(cells, content, rows);
            sheets.brief(workbook.createSheet(BRIEF));
            sheets.seasonality(workbook.createSheet(SEASONALITY));
            sheets.emerging(workbook.createSheet(EMERGING));
            sheets.crossTab(workbook.createSheet(CROSSTAB));
            sheets.faq(workbook.createSheet(FAQ));
            sheets.faqToWrite(workbook.createSheet(FAQ_TO_WRITE));
            long written = RequestsSheet.write(workbook, workbook.createSheet(REQUESTS), cells, content);
            about(workbook.createSheet(ABOUT), cells, content, written);
            workbook.write(out);
        } finally {
            workbook.dispose();
            workbook.close();
        }
    }

    private static void summary(SXSSFSheet sheet, WorkbookCells cells, ExportContent content, ThemeRows rows) {
        int r = 0;
        cells.title(sheet.createRow(r++), 0, ExportWording.title(content));
        cells.text(sheet.createRow(r++), 0, ExportWording.scope(content));
        cells.text(sheet.createRow(r++), 0, ExportWording.filter(content));
        cells.text(sheet.createRow(r++), 0, content.redactionNote());
        cells.text(sheet.createRow(r++), 0, "Made by CivicThemes " + content.version() + " on "
                + MADE_AT.format(content.madeAt().atOffset(ZoneOffset.UTC)) + ". The About sheet says how.");
        cells.text(sheet.createRow(r), 0, ThemeChange.EXPLANATION);
        r = SUMMARY_HEADER_ROW;
        String change = rows.changeLabel().isEmpty() ? "Change" : "Change " + rows.changeLabel() + " (per day)";
        cells.headers(sheet.createRow(r++), 0, "Theme id", "Theme", "Requests", "Share", change,
                "Trend by month (last " + SPARKLINE_MONTHS + ")", "Top terms", "Example 1", "Example 2", "Example 3");
        for (ThemeRow row : rows.rows()) {
            Row line = sheet.createRow(r++);
            cells.integer(line, 0, row.fileId());
            cells.text(line, 1, row.label());
            cells.integer(line, 2, row.count());
            cells.percent(line, 3, row.share());
            cells.text(line, 4, row.change().text());
            cells.text(line, 5, ThemeRows.sparkline(row.monthly(), SPARKLINE_MONTHS));
            cells.text(line, 6, row.topTerms());
            for (int e = 0; e < row.examples().size(); e++) {
                cells.text(line, 7 + e, row.examples().get(e));
            }
        }
        Row total = sheet.createRow(r++);
        cells.totalLabel(total, 1, content.totalLabel());
        cells.totalInteger(total, 2, rows.total());
        cells.totalPercent(total, 3, content.run().size() == 0 ? 0 : rows.total() / (double) content.run().size());
        if (content.isPartial()) {
            Row all = sheet.createRow(r);
            cells.text(all, 1, "All requests in the range");
            cells.integer(all, 2, content.run().size());
        }
        widths(sheet, 9, 40, 11, 9, 16, 16, 45, 60, 60, 60);
        sheet.createFreezePane(2, SUMMARY_HEADER_ROW + 1);
    }

    private static void about(SXSSFSheet sheet, WorkbookCells cells, ExportContent content, long requestsWritten) {
        int r = 0;
        cells.title(sheet.createRow(r++), 0, "About this file");
        cells.headers(sheet.createRow(r++), 0, "What", "Value");
        for (ExportFact fact : content.about()) {
            Row row = sheet.createRow(r++);
            cells.text(row, 0, fact.name());
            cells.wrappedText(row, 1, fact.value());
        }
        if (requestsWritten < content.exported()) {
            Row row = sheet.createRow(r);
            cells.text(row, 0, "Requests sheet");
            cells.wrappedText(row, 1, String.format(Locale.ROOT, "Holds the first %,d of %,d requests (an Excel sheet "
                    + "holds at most %,d rows); requests.csv holds all of them.", requestsWritten, content.exported(),
                    RequestsSheet.MAX_REQUESTS));
        }
        widths(sheet, 32, 110);
    }

    static void widths(Sheet sheet, int... characters) {
        for (int c = 0; c < characters.length; c++) {
            sheet.setColumnWidth(c, characters[c] * 256);
        }
    }
}
