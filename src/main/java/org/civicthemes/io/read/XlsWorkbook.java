package org.civicthemes.io.read;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * An Excel 97-2003 workbook (.xls). The format holds at most 65,536 rows a sheet, so it is read whole.
 * Also tells an encrypted .xlsx (which is stored in the same container) apart.
 */
final class XlsWorkbook implements AutoCloseable {

    private final HSSFWorkbook workbook;
    private final boolean date1904;

    private XlsWorkbook(HSSFWorkbook workbook) {
        this.workbook = workbook;
        this.date1904 = workbook.getInternalWorkbook().isUsing1904DateWindowing();
    }

    static XlsWorkbook open(Path file) throws ImportException {
        String name = file.getFileName().toString();
        POIFSFileSystem fs = null;
        try {
            fs = new POIFSFileSystem(file.toFile(), true);
            DirectoryNode root = fs.getRoot();
            if (root.hasEntryCaseInsensitive("EncryptionInfo") || root.hasEntryCaseInsensitive("EncryptedPackage")) {
                throw ImportFailures.passwordProtected(name);
            }
            if (!root.hasEntryCaseInsensitive("Workbook") && !root.hasEntryCaseInsensitive("Book")) {
                throw ImportFailures.notASpreadsheet(name, "another Microsoft Office document (Word, PowerPoint or "
                        + "Outlook)", "Open the export itself (.xlsx, .xls or .csv).");
            }
            HSSFWorkbook wb = new HSSFWorkbook(root, true);
            return new XlsWorkbook(wb);
        } catch (EncryptedDocumentException e) {
            close(fs);
            throw ImportFailures.passwordProtected(name);
        } catch (OldExcelFormatException e) {
            close(fs);
            throw new ImportException(name + " was saved in the Excel 5.0/95 format or older, which cannot be read. "
                    + "Open it in Excel, save it as .xlsx, and open the new file.", e);
        } catch (ImportException e) {
            close(fs);
            throw e;
        } catch (IOException | RuntimeException e) {
            close(fs);
            throw ImportFailures.damagedWorkbook(name, e);
        }
    }

    List<String> sheetNames() {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            names.add(workbook.getSheetName(i));
        }
        return List.copyOf(names);
    }

    TableSource sheet(String name) {
        return new WorkbookSheet(name, (sheet, visitor, progress) -> readSheet(workbook.getSheet(sheet), visitor));
    }

    private void readSheet(Sheet sheet, RowVisitor visitor) {
        for (Row row : sheet) {
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < row.getLastCellNum(); c++) {
                Cell cell = row.getCell(c);
                cells.add(cell == null ? "" : valueOf(cell));
            }
            if (!visitor.row(row.getRowNum() + 1, cells)) {
                return;
            }
        }
        for (CellRangeAddress range : sheet.getMergedRegions()) {
            visitor.merged(new CellRegion(range.getFirstRow() + 1, range.getLastRow() + 1,
                    range.getFirstColumn() + 1, range.getLastColumn() + 1));
        }
    }

    private String valueOf(Cell cell) {
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? CellValues.date(cell.getNumericCellValue(), date1904)
                    : CellValues.number(cell.getNumericCellValue());
            case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
            default -> "";
        };
    }

    private static void close(POIFSFileSystem fs) {
        if (fs != null) {
            try {
                fs.close();
            } catch (IOException ignored) {
                // nothing more can be done about a file we failed to read
            }
        }
    }

    @Override
    public void close() throws IOException {
        workbook.close();
    }
}
