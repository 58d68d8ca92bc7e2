package org.civicthemes.io.read;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Streams the rows of one worksheet part ({@code xl/worksheets/sheetN.xml}) to a {@link RowVisitor}:
 * shared and inline strings, numbers, dates told by their cell style, booleans, the cached values of
 * formulas, and the merged ranges listed after the rows.
 */
final class SheetXmlHandler extends DefaultHandler {

    /** Thrown to end parsing early when the visitor has seen enough. */
    static final class StopReading extends SAXException {
        StopReading() {
            super("stopped by the reader");
        }
    }

    /** Thrown for a row or cell reference beyond Excel's limits, which no genuine workbook holds. */
    static final class BeyondLimits extends SAXException {
        private final String reference;

        BeyondLimits(String reference) {
            super("reference beyond Excel's limits: " + reference);
            this.reference = reference;
        }

        String reference() {
            return reference;
        }
    }

    private final SharedStrings sharedStrings;
    private final StylesTable styles;
    private final boolean date1904;
    private final RowVisitor visitor;
    private final Boolean[] dateStyleCache;

    private final StringBuilder text = new StringBuilder();
    private String[] cells = new String[16];
    private int cellCount;
    private int rowNumber;
    private int lastRowNumber;
    private int column;
    private String cellType;
    private int styleIndex;
    private boolean inValue;
    private boolean inInlineText;
    private boolean inPhonetic;
    private int rowsSeen;

    SheetXmlHandler(SharedStrings sharedStrings, StylesTable styles, boolean date1904, RowVisitor visitor) {
        this.sharedStrings = sharedStrings;
        this.styles = styles;
        this.date1904 = date1904;
        this.visitor = visitor;
        this.dateStyleCache = new Boolean[styles == null ? 0 : Math.max(styles.getNumCellStyles(), 0)];
    }

    int rowsSeen() {
        return rowsSeen;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attrs) throws SAXException {
        switch (localName) {
            case "row" -> startRow(attrs);
            case "c" -> startCell(attrs);
            case "v" -> {
                inValue = true;
                text.setLength(0);
            }
            case "is" -> text.setLength(0);
            case "t" -> inInlineText = "inlineStr".equals(cellType) && !inPhonetic;
            case "rPh" -> inPhonetic = true;
            case "mergeCell" -> merged(attrs.getValue("ref"));
            default -> {
            }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        switch (localName) {
            case "v" -> {
                inValue = false;
                putCell(valueOf(text.toString()));
            }
            case "is" -> putCell(text.toString());
            case "t" -> inInlineText = false;
            case "rPh" -> inPhonetic = false;
            case "row" -> endRow();
            default -> {
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (inValue || inInlineText) {
            text.append(ch, start, length);
        }
    }

    private void startRow(Attributes attrs) throws BeyondLimits {
        String r = attrs.getValue("r");
        rowNumber = r != null ? CellReference.row(r.strip()) : lastRowNumber + 1;
        if (rowNumber < 1 || !CellReference.withinLimits(rowNumber, 1)) {
            throw new BeyondLimits("row " + r);
        }
        column = 0;
        cellCount = 0;
    }

    private void startCell(Attributes attrs) throws BeyondLimits {
        String ref = attrs.getValue("r");
        column = ref != null ? CellReference.column(ref) : column + 1;
        if (!CellReference.withinLimits(1, column)) {
            throw new BeyondLimits(ref != null ? "cell " + ref : "a cell after column XFD");
        }
        cellType = attrs.getValue("t");
        styleIndex = styleIndex(attrs.getValue("s"));
    }

    private static int styleIndex(String s) {
        if (s == null) {
            return 0;
        }
        try {
            return Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            return -1; // no style: the value is read as a plain number
        }
    }

    private void endRow() throws SAXException {
        lastRowNumber = rowNumber;
        rowsSeen++;
        List<String> row = new ArrayList<>(cellCount);
        for (int i = 0; i < cellCount; i++) {
            row.add(cells[i] == null ? "" : cells[i]);
        }
        Arrays.fill(cells, 0, cellCount, null);
        cellCount = 0;
        if (!visitor.row(rowNumber, row)) {
            throw new StopReading();
        }
    }

    private void putCell(String value) {
        if (column < 1) {
            return;
        }
        if (column > cells.length) {
            cells = Arrays.copyOf(cells, Math.max(column, cells.length * 2));
        }
        cells[column - 1] = value;
        cellCount = Math.max(cellCount, column);
    }

    private String valueOf(String raw) {
        if (cellType == null || "n".equals(cellType)) {
            return numberOrDate(raw);
        }
        return switch (cellType) {
            case "s" -> sharedString(raw);
            case "b" -> CellValues.bool(raw);
            case "e" -> "";
            default -> raw; // "str" (formula text result), "d" (ISO date), "inlineStr" with a <v>
        };
    }

    private String numberOrDate(String raw) {
        if (raw.isEmpty()) {
            return "";
        }
        double value;
        try {
            value = Double.parseDouble(raw);
        } catch (NumberFormatException e) {
            return raw;
        }
        return isDateStyle(styleIndex) ? CellValues.date(value, date1904) : CellValues.number(value);
    }

    private String sharedString(String raw) {
        try {
            return sharedStrings.getItemAt(Integer.parseInt(raw.trim())).getString();
        } catch (RuntimeException e) {
            return "";
        }
    }

    private boolean isDateStyle(int index) {
        if (styles == null || index < 0 || index >= dateStyleCache.length) {
            return false;
        }
        Boolean cached = dateStyleCache[index];
        if (cached == null) {
            XSSFCellStyle style = styles.getStyleAt(index);
            cached = style != null && DateUtil.isADateFormat(style.getDataFormat(), style.getDataFormatString());
            dateStyleCache[index] = cached;
        }
        return cached;
    }

    private void merged(String ref) {
        if (ref != null && !ref.isBlank()) {
            try {
                visitor.merged(CellRegion.parse(ref));
            } catch (IllegalArgumentException ignored) {
                // a malformed merge reference only loses the fill of that range
            }
        }
    }
}
