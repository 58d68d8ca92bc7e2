package org.civicthemes.io.write;

import java.io.IOException;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFTable;

/**
 * The Requests sheet: every request of the export with its source row, date, category, district, theme and text
 * (redacted unless switched off), as an Excel table with filters so a department can filter to its own theme.
 */
final class RequestsSheet {

    static final String[] HEADERS = {"Source row", "Request id", "Created", "Category", "District", "Theme id",
        "Theme", "Text"};
    /** Data rows a sheet holds below its header. */
    static final int MAX_REQUESTS = SpreadsheetVersion.EXCEL2007.getMaxRows() - 1;
    static final String TABLE = "RequestsTable";

    private RequestsSheet() {
    }

    /** Writes the sheet and returns how many requests it holds. */
    static long write(SXSSFWorkbook workbook, SXSSFSheet sheet, WorkbookCells cells, ExportContent content)
            throws IOException {
        cells.headers(sheet.createRow(0), 0, HEADERS);
        int[] next = {1};
        RequestRows.forEach(content, (request, group) -> {
            if (next[0] > MAX_REQUESTS) {
                return;
            }
            Row row = sheet.createRow(next[0]++);
            cells.integer(row, 0, request.sourceRow());
            cells.text(row, 1, request.requestId());
            cells.date(row, 2, request.created());
            cells.text(row, 3, request.category());
            cells.text(row, 4, request.district());
            cells.integer(row, 5, content.fileIdOf(group));
            cells.text(row, 6, content.labelOf(group));
            cells.text(row, 7, content.requestText().apply(request.text()));
        });
        int last = Math.max(1, next[0] - 1);
        table(workbook, sheet, last);
        SummaryWorkbookWriter.widths(sheet, 11, 14, 17, 24, 14, 9, 36, 100);
        sheet.createFreezePane(0, 1);
        return next[0] - 1L;
    }

    private static void table(SXSSFWorkbook workbook, SXSSFSheet sheet, int lastRow) {
        XSSFTable table = workbook.getXSSFWorkbook().getSheet(sheet.getSheetName()).createTable(new AreaReference(
                new CellReference(0, 0), new CellReference(lastRow, HEADERS.length - 1), SpreadsheetVersion.EXCEL2007));
        table.setName(TABLE);
        table.setDisplayName(TABLE);
        for (int c = 0; c < HEADERS.length; c++) {
            table.getColumns().get(c).setName(HEADERS[c]);
        }
        table.setStyleName("TableStyleMedium2");
        table.getCTTable().getTableStyleInfo().setShowRowStripes(true);
        table.getCTTable().addNewAutoFilter().setRef(table.getArea().formatAsString());
    }
}
