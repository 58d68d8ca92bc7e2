package org.civicthemes.io.read;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Builds small workbooks for tests, cell by cell, the way an export tool would write them. */
final class Workbooks {

    private final Workbook workbook;
    private final CellStyle dateStyle;
    private Sheet sheet;

    private Workbooks(Workbook workbook) {
        this.workbook = workbook;
        this.dateStyle = workbook.createCellStyle();
        dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("m/d/yyyy h:mm"));
    }

    static Workbooks xlsx() {
        return new Workbooks(new XSSFWorkbook());
    }

    static Workbooks xls() {
        return new Workbooks(new HSSFWorkbook());
    }

    Workbooks sheet(String name) {
        sheet = workbook.createSheet(name);
        return this;
    }

    /** Writes a row at a 1-based row number; String, Number, LocalDateTime, Boolean, or "=FORMULA". */
    Workbooks row(int rowNumber, Object... values) {
        Row row = sheet.createRow(rowNumber - 1);
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            if (v == null) {
                continue;
            }
            Cell cell = row.createCell(i);
            if (v instanceof LocalDateTime t) {
                cell.setCellValue(t);
                cell.setCellStyle(dateStyle);
            } else if (v instanceof Number n) {
                cell.setCellValue(n.doubleValue());
            } else if (v instanceof Boolean b) {
                cell.setCellValue(b);
            } else if (v.toString().startsWith("=")) {
                cell.setCellFormula(v.toString().substring(1));
            } else {
                cell.setCellValue(v.toString());
            }
        }
        return this;
    }

    Workbooks merge(String range) {
        sheet.addMergedRegion(org.apache.poi.ss.util.CellRangeAddress.valueOf(range));
        return this;
    }

    Path writeTo(Path file) throws IOException {
        workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
        try (OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        }
        workbook.close();
        return file;
    }

    /** Copies a workbook, replacing its first sheet's XML. */
    static Path replaceSheetXml(Path source, Path target, byte[] sheetXml) throws IOException {
        return replacePart(source, target, "xl/worksheets/sheet1.xml", sheetXml);
    }

    /** Copies a workbook, replacing one part (a zip entry such as {@code xl/workbook.xml}). */
    static Path replacePart(Path source, Path target, String part, byte[] content) throws IOException {
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(source.toFile());
             java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(Files.newOutputStream(target))) {
            for (java.util.zip.ZipEntry entry : java.util.Collections.list(zip.entries())) {
                out.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
                if (entry.getName().equals(part)) {
                    out.write(content);
                } else {
                    zip.getInputStream(entry).transferTo(out);
                }
                out.closeEntry();
            }
        }
        return target;
    }

    /** The text of one part of a workbook. */
    static String part(Path workbook, String part) throws IOException {
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(workbook.toFile())) {
            return new String(zip.getInputStream(zip.getEntry(part)).readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
        }
    }
}
