package org.civicthemes.sample;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes the sample as a workbook the way a CRM export looks: sheet "Service Requests" with two title lines,
 * a blank line and the header, typed date and number cells; then a small "Notes" sheet. Streams through
 * SXSSF, so memory stays flat however many rows.
 */
final class XlsxRowSink implements RowSink {

    /** Rows SXSSF keeps in memory before flushing to its temporary file. */
    static final int WINDOW = 100;
    /** Above this many rows the temporary sheet file is gzipped, trading time for disk. */
    static final int COMPRESS_TEMP_ABOVE = 200_000;
    /** Data rows that fit below the title lines and header on one sheet. */
    static final int MAX_ROWS = 1_048_576 - SampleColumns.HEADER_ROW_INDEX - 1;
    private static final int[] WIDTHS = {16, 22, 22, 12, 30, 80, 32, 16, 12, 12, 12};

    private final Path file;
    private final SXSSFWorkbook workbook;
    private final SXSSFSheet sheet;
    private final CellStyle dateStyle;
    private final CellStyle coordinateStyle;
    private int nextRow = SampleColumns.HEADER_ROW_INDEX + 1;

    XlsxRowSink(Path file, SampleOptions options) {
        this.file = file;
        this.workbook = new SXSSFWorkbook(WINDOW);
        workbook.setCompressTempFiles(options.rows() > COMPRESS_TEMP_ABOVE);
        this.sheet = workbook.createSheet(SampleColumns.DATA_SHEET);
        this.dateStyle = workbook.createCellStyle();
        dateStyle.setDataFormat(workbook.createDataFormat().getFormat(SampleColumns.EXCEL_DATE_FORMAT));
        this.coordinateStyle = workbook.createCellStyle();
        coordinateStyle.setDataFormat(workbook.createDataFormat().getFormat("0.000000"));
        writeTitle(options);
        stampProperties(SampleRows.exportedAt(options));
    }

    /** Document properties from the options, never the clock, so the same options give the same bytes. */
    private void stampProperties(LocalDateTime exportedAt) {
        POIXMLProperties.CoreProperties core = workbook.getXSSFWorkbook().getProperties().getCoreProperties();
        core.setCreated(Optional.of(Date.from(exportedAt.toInstant(ZoneOffset.UTC))));
        core.setCreator(SampleColumns.EXPORTED_BY);
        core.setTitle(SampleColumns.TITLE);
    }

    private void writeTitle(SampleOptions options) {
        Font bold = workbook.createFont();
        bold.setBold(true);
        Font big = workbook.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 14);
        CellStyle titleStyle = workbook.createCellStyle();
        titleStyle.setFont(big);
        CellStyle headerStyle = workbook.createCellStyle();
        headerStyle.setFont(bold);
        headerStyle.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        headerStyle.setFillPattern(FillPatternType.SOLID_FOREGROUND);

        Cell title = sheet.createRow(0).createCell(0);
        title.setCellValue(SampleColumns.TITLE);
        title.setCellStyle(titleStyle);
        sheet.createRow(1).createCell(0).setCellValue(
                SampleColumns.exportedLine(options, SampleRows.exportedAt(options)));
        // row 2 stays blank
        Row header = sheet.createRow(SampleColumns.HEADER_ROW_INDEX);
        for (int c = 0; c < SampleColumns.HEADERS.size(); c++) {
            Cell cell = header.createCell(c);
            cell.setCellValue(SampleColumns.HEADERS.get(c));
            cell.setCellStyle(headerStyle);
            sheet.setColumnWidth(c, WIDTHS[c] * 256);
        }
        sheet.createFreezePane(0, SampleColumns.HEADER_ROW_INDEX + 1);
    }

    @Override
    public void accept(SampleRow r) {
        Row row = sheet.createRow(nextRow++);
        row.createCell(0).setCellValue(r.requestId());
        date(row, 1, r.created());
        date(row, 2, r.closed());
        row.createCell(3).setCellValue(r.status());
        row.createCell(4).setCellValue(r.category());
        if (!r.text().isEmpty()) {
            row.createCell(5).setCellValue(r.text());
        }
        row.createCell(6).setCellValue(r.address());
        row.createCell(7).setCellValue(r.district());
        coordinate(row, 8, r.latitude());
        coordinate(row, 9, r.longitude());
        row.createCell(10).setCellValue(r.source());
    }

    private void date(Row row, int column, LocalDateTime value) {
        if (value != null) {
            Cell cell = row.createCell(column);
            cell.setCellValue(value);
            cell.setCellStyle(dateStyle);
        }
    }

    private void coordinate(Row row, int column, double value) {
        if (!Double.isNaN(value)) {
            Cell cell = row.createCell(column);
            cell.setCellValue(value);
            cell.setCellStyle(coordinateStyle);
        }
    }

    @Override
    public void finish() throws IOException {
        try {
            writeNotes(workbook.createSheet(SampleColumns.NOTES_SHEET));
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
            workbook.close();
        } finally {
            workbook.dispose();
        }
    }

    @Override
    public void discard() {
        workbook.dispose();
    }

    private static void writeNotes(Sheet notes) {
        int r = 0;
        for (List<String> line : SampleColumns.NOTES) {
            Row row = notes.createRow(r++);
            row.createCell(0).setCellValue(line.get(0));
            row.createCell(1).setCellValue(line.get(1));
        }
        notes.setColumnWidth(0, 20 * 256);
        notes.setColumnWidth(1, 100 * 256);
    }
}
