package org.civicthemes.io.write;

import java.time.LocalDateTime;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The styles of an export workbook and the only way its cells are written. Text is always written as a text
 * cell, never parsed as a formula; text that Excel would read as a formula when the cell is edited (starting
 * with =, +, -, @, tab or carriage return) also gets a quote prefix, as if typed with a leading apostrophe.
 */
final class WorkbookCells {

    /** The longest text a cell holds. */
    static final int MAX_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();

    private final CellStyle title;
    private final CellStyle header;
    private final CellStyle quoted;
    private final CellStyle wrapped;
    private final CellStyle integer;
    private final CellStyle decimal;
    private final CellStyle percent;
    private final CellStyle date;
    private final CellStyle total;
    private final CellStyle totalPercent;

    WorkbookCells(SXSSFWorkbook workbook) {
        Font bold = workbook.createFont();
        bold.setBold(true);
        Font big = workbook.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 16);
        title = workbook.createCellStyle();
        title.setFont(big);
        header = workbook.createCellStyle();
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        header.setWrapText(true);
        quoted = workbook.createCellStyle();
        quoted.setQuotePrefixed(true);
        wrapped = workbook.createCellStyle();
        wrapped.setWrapText(true);
        short formatInteger = workbook.createDataFormat().getFormat("#,##0");
        short formatPercent = workbook.createDataFormat().getFormat("0.0%");
        integer = workbook.createCellStyle();
        integer.setDataFormat(formatInteger);
        decimal = workbook.createCellStyle();
        decimal.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
        percent = workbook.createCellStyle();
        percent.setDataFormat(formatPercent);
        date = workbook.createCellStyle();
        date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
        total = workbook.createCellStyle();
        total.setFont(bold);
        total.setBorderTop(BorderStyle.THIN);
        total.setDataFormat(formatInteger);
        totalPercent = workbook.createCellStyle();
        totalPercent.setFont(bold);
        totalPercent.setBorderTop(BorderStyle.THIN);
        totalPercent.setDataFormat(formatPercent);
    }

    /** A text cell; never a formula, whatever the text. */
    Cell text(Row row, int column, String value) {
        Cell cell = row.createCell(column);
        String v = value == null ? "" : value;
        if (v.length() > MAX_TEXT) {
            v = v.substring(0, MAX_TEXT - 1) + "…";
        }
        cell.setCellValue(v);
        if (looksLikeFormula(v)) {
            cell.setCellStyle(quoted);
        }
        return cell;
    }

    /** A wrapped text cell (for long texts). */
    Cell wrappedText(Row row, int column, String value) {
        Cell cell = text(row, column, value);
        if (cell.getCellStyle() != quoted) {
            cell.setCellStyle(wrapped);
        }
        return cell;
    }

    Cell title(Row row, int column, String value) {
        Cell cell = text(row, column, value);
        cell.setCellStyle(title);
        return cell;
    }

    /** A row of column headers from {@code column} on. */
    void headers(Row row, int column, String... names) {
        for (int i = 0; i < names.length; i++) {
            text(row, column + i, names[i]).setCellStyle(header);
        }
    }

    Cell integer(Row row, int column, long value) {
        return number(row, column, value, integer);
    }

    Cell decimal(Row row, int column, double value) {
        return number(row, column, value, decimal);
    }

    Cell percent(Row row, int column, double value) {
        return number(row, column, value, percent);
    }

    Cell totalInteger(Row row, int column, long value) {
        return number(row, column, value, total);
    }

    Cell totalPercent(Row row, int column, double value) {
        return number(row, column, value, totalPercent);
    }

    Cell totalLabel(Row row, int column, String value) {
        Cell cell = text(row, column, value);
        cell.setCellStyle(total);
        return cell;
    }

    /** A date-time cell, or an empty cell when there is no date. */
    Cell date(Row row, int column, LocalDateTime value) {
        Cell cell = row.createCell(column);
        if (value != null) {
            cell.setCellValue(value);
            cell.setCellStyle(date);
        }
        return cell;
    }

    /** A number, or an empty cell when it is not a number (NaN, infinite). */
    private Cell number(Row row, int column, double value, CellStyle style) {
        Cell cell = row.createCell(column);
        if (Double.isFinite(value)) {
            cell.setCellValue(value);
            cell.setCellStyle(style);
        }
        return cell;
    }

    static boolean looksLikeFormula(String value) {
        return !value.isEmpty() && !CsvText.safe(value).equals(value);
    }
}
