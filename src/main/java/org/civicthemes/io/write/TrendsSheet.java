package org.civicthemes.io.write;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;

/**
 * The Trends sheet: requests per month (rows) and theme (columns), with a native Excel line chart of the largest
 * themes. The chart refers to the sheet's cells and carries their values, so it shows before Excel recalculates.
 */
final class TrendsSheet {

    /** Themes drawn in the chart; the table holds all of them. */
    static final int CHARTED = 8;

    private TrendsSheet() {
    }

    static void write(SXSSFWorkbook workbook, SXSSFSheet sheet, WorkbookCells cells, ThemeRows rows) {
        List<String> months = rows.months();
        List<ThemeRow> columns = rows.rows();
        Row header = sheet.createRow(0);
        cells.headers(header, 0, "Month");
        for (int c = 0; c < columns.size(); c++) {
            cells.headers(header, c + 1, columns.get(c).fileId() + " " + columns.get(c).label());
        }
        cells.headers(header, columns.size() + 1, "All");
        if (months.isEmpty()) {
            cells.text(sheet.createRow(1), 0, "No request in the range has a created date.");
            return;
        }
        for (int m = 0; m < months.size(); m++) {
            Row row = sheet.createRow(m + 1);
            cells.text(row, 0, months.get(m));
            long all = 0;
            for (int c = 0; c < columns.size(); c++) {
                long count = columns.get(c).monthly()[m];
                cells.integer(row, c + 1, count);
                all += count;
            }
            cells.integer(row, columns.size() + 1, all);
        }
        sheet.setColumnWidth(0, 10 * 256);
        for (int c = 1; c <= columns.size() + 1; c++) {
            sheet.setColumnWidth(c, 16 * 256);
        }
        sheet.createFreezePane(1, 1);
        chart(workbook, sheet, months, columns);
    }

    private static void chart(SXSSFWorkbook workbook, SXSSFSheet sheet, List<String> months, List<ThemeRow> columns) {
        List<Integer> charted = new ArrayList<>();
        for (int c = 0; c < columns.size() && charted.size() < CHARTED; c++) {
            if (!columns.get(c).special()) {
                charted.add(c);
            }
        }
        if (charted.isEmpty()) {
            charted.add(0);
        }
        XSSFDrawing drawing = workbook.getXSSFWorkbook().getSheet(sheet.getSheetName()).createDrawingPatriarch();
        int left = columns.size() + 3;
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, left, 1, left + 12, 24);
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText("Requests per month, largest themes");
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.RIGHT);
        XDDFCategoryAxis x = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis y = chart.createValueAxis(AxisPosition.LEFT);
        y.setCrosses(AxisCrosses.AUTO_ZERO);
        XDDFLineChartData data = (XDDFLineChartData) chart.createData(ChartTypes.LINE, x, y);
        data.setVaryColors(false);
        String name = sheet.getSheetName();
        XDDFDataSource<String> categories = XDDFDataSourcesFactory.fromArray(months.toArray(new String[0]),
                new CellRangeAddress(1, months.size(), 0, 0).formatAsString(name, true));
        for (int c : charted) {
            Double[] values = new Double[months.size()];
            for (int m = 0; m < values.length; m++) {
                values[m] = (double) columns.get(c).monthly()[m];
            }
            XDDFNumericalDataSource<Double> series = XDDFDataSourcesFactory.fromArray(values,
                    new CellRangeAddress(1, months.size(), c + 1, c + 1).formatAsString(name, true));
            XDDFLineChartData.Series line = (XDDFLineChartData.Series) data.addSeries(categories, series);
            line.setTitle(columns.get(c).fileId() + " " + columns.get(c).label(),
                    new CellReference(name, 0, c + 1, true, true));
            line.setMarkerStyle(MarkerStyle.NONE);
            line.setSmooth(false);
        }
        chart.plot(data);
    }
}
