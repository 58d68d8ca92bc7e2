package org.civicthemes.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javafx.scene.paint.Color;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.civicthemes.analysis.EmergingThemes;
import org.civicthemes.analysis.SeasonalityColours;
import org.civicthemes.analysis.ThemeChange;
import org.civicthemes.analysis.ThemeDayCounts;
import org.civicthemes.analysis.TrendVerdict;
import org.civicthemes.io.write.EmergingCsvWriter;
import org.civicthemes.io.write.SummaryWorkbookWriter;
import org.civicthemes.model.DateRange;
import org.civicthemes.model.ImportReport;
import org.civicthemes.model.ImportResult;
import org.civicthemes.progress.ProgressListener;
import org.civicthemes.testdata.SampleByType;
import org.civicthemes.workflow.ExportChoices;
import org.civicthemes.workflow.ExportRequest;
import org.civicthemes.workflow.ExportService;
import org.civicthemes.workflow.TextChoices;
import org.civicthemes.workflow.TimeChoices;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, items 5 and 6: "change" read +21% in the window, +19% in report.html and 18.7% in summary.xlsx; emerging
 * was judged three ways; seasonality's "more" was blue in the window and orange in the report. On the bundled sample
 * grouped by request type, the window (view models), themes.csv, summary.xlsx, report.html and the command line's
 * emerging.csv show the same figures, written the same way.
 */
class OneDefinitionAcrossViewsTest {

    @TempDir
    static Path dir;

    private static SampleByType sample;
    private static Map<String, ThemeRow> window;
    private static Map<String, TrendVerdict> windowVerdicts;
    private static String report;

    @BeforeAll
    static void showTheSampleInTheWindowAndExportIt() throws Exception {
        sample = SampleByType.load();
        ViewState state = new ViewState(sample.dataset(), sample.run(), RequestFilter.NONE);
        ThemesViewModel themes = new ThemesViewModel(new javafx.beans.property.SimpleObjectProperty<>(state));
        window = themes.rows().stream().collect(Collectors.toMap(ThemeRow::label, r -> r));
        ChartsViewModel charts = new ChartsViewModel();
        charts.stateProperty().set(state);
        windowVerdicts = charts.emerging().stream().collect(Collectors.toMap(ChartsData.EmergingRow::label,
                ChartsData.EmergingRow::verdict));
        ImportReport importReport = new ImportReport(sample.dataset().source(), sample.dataset().size(),
                sample.dataset().size(), List.of(), 0, 0, List.of(), Map.of(), List.of(), sample.dataset().mapping());
        new ExportService().export(new ExportRequest(new ImportResult(sample.dataset(), importReport), sample.run(),
                DateRange.ALL, TextChoices.DEFAULTS, dir, ExportChoices.DEFAULTS), ProgressListener.NONE);
        report = Files.readString(dir.resolve("report.html"));
    }

    private static List<ThemeRow> windowThemes() {
        return window.values().stream().filter(r -> !r.special()).toList();
    }

    @Test
    void theWindowTheWorkbookTheReportAndThemesCsvShowOneChangeWrittenOneWay() throws Exception {
        List<ThemeRow> rows = windowThemes();
        assertThat(rows).hasSize(sample.types().size());
        assertThat(rows).as("a significant change and one chance could give, so both ways are compared")
                .anyMatch(r -> r.change().significant()).anyMatch(r -> r.change().known() && !r.change().significant());
        assertThat(rows).allSatisfy(r -> assertThat(r.change().text()).matches("(≈ )?([+-][\\d,]+|0) \\((new|0%|[+-][\\d,]+%)\\)"));

        Map<String, String> workbook = new HashMap<>();
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(dir.resolve("summary.xlsx")))) {
            Sheet summary = book.getSheet(SummaryWorkbookWriter.SUMMARY);
            assertThat(summary.getRow(SummaryWorkbookWriter.SUMMARY_HEADER_ROW - 1).getCell(0).getStringCellValue())
                    .isEqualTo(ThemeChange.EXPLANATION);
            for (int r = SummaryWorkbookWriter.SUMMARY_HEADER_ROW + 1; r <= summary.getLastRowNum(); r++) {
                Row line = summary.getRow(r);
                if (line != null && line.getCell(4) != null) {
                    workbook.put(line.getCell(1).getStringCellValue(), line.getCell(4).getStringCellValue());
                }
            }
        }
        Map<String, String> html = new HashMap<>();
        Matcher m = Pattern.compile("<tr><td class=\"n\">-?\\d+</td><td>([^<]*)</td><td class=\"n\">[\\d,]+</td>"
                + "<td class=\"n\">[\\d.]+%</td><td class=\"n\">(?:<span class=\"(up|down|ns)\">([^<]*)</span>)?</td>")
                .matcher(report);
        while (m.find()) {
            html.put(unescape(m.group(1)), m.group(3) == null ? "" : unescape(m.group(3)));
            if (m.group(3) != null && window.containsKey(unescape(m.group(1)))) {
                ThemeChange c = window.get(unescape(m.group(1))).change();
                assertThat(m.group(2)).as("the report's colour of %s", m.group(1))
                        .isEqualTo(!c.significant() ? "ns" : c.difference() > 0 ? "up" : "down");
            }
        }
        assertThat(report).contains(escape(ThemeChange.EXPLANATION));
        Map<String, CSVRecord> csv = new HashMap<>();
        try (Reader in = Files.newBufferedReader(dir.resolve("themes.csv"), StandardCharsets.UTF_8)) {
            for (CSVRecord record : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(in)) {
                csv.put(record.get("theme_label"), record);
            }
        }

        for (ThemeRow row : rows) {
            ThemeChange change = row.change();
            assertThat(workbook.get(row.label())).as("summary.xlsx, %s", row.label()).isEqualTo(change.text());
            assertThat(html.get(row.label())).as("report.html, %s", row.label()).isEqualTo(change.text());
            CSVRecord line = csv.get(row.label());
            assertThat(line.get("change")).as("themes.csv, %s", row.label())
                    .isEqualTo(number("%.4f", change.relative()));
            assertThat(line.get("change_requests")).isEqualTo(number("%.1f", change.difference()));
            assertThat(line.get("change_significant")).isEqualTo(String.valueOf(change.significant()));
        }
    }

    @Test
    void emergingIsJudgedOneWayInTheWindowTheWorkbookTheReportAndEmergingCsv() throws Exception {
        assertThat(TimeChoices.DEFAULTS.emerging()).as("the command line's default")
                .isEqualTo(org.civicthemes.analysis.EmergingOptions.DEFAULTS);
        Path cli = dir.resolve("emerging.csv");
        new EmergingCsvWriter().write(sample.run(), EmergingThemes.find(ThemeDayCounts.of(sample.dataset(),
                sample.run()), TimeChoices.DEFAULTS.emerging()), cli);
        Map<String, String> csv = new HashMap<>();
        try (Reader in = Files.newBufferedReader(cli, StandardCharsets.UTF_8)) {
            for (CSVRecord record : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(in)) {
                csv.put(record.get("theme_label"), record.get("verdict") + " " + record.get("baseline"));
            }
        }
        Map<String, String> workbook = new HashMap<>();
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(dir.resolve("summary.xlsx")))) {
            Sheet emerging = book.getSheet(SummaryWorkbookWriter.EMERGING);
            assertThat(emerging.getRow(0).getCell(0).getStringCellValue()).startsWith(EmergingThemes.EXPLANATION);
            for (int r = 2; r <= emerging.getLastRowNum(); r++) {
                Row line = emerging.getRow(r);
                workbook.put(line.getCell(1).getStringCellValue(), line.getCell(2).getStringCellValue() + " "
                        + line.getCell(5).getNumericCellValue() + " " + line.getCell(7).getNumericCellValue());
            }
        }
        Map<String, String> html = new HashMap<>();
        Matcher m = Pattern.compile("<tr><td>-?\\d+ ([^<]*)</td><td class=\"(?:up|down)\">(emerging|fading)</td>")
                .matcher(report);
        while (m.find()) {
            html.put(unescape(m.group(1)), m.group(2));
        }
        assertThat(report).contains(escape(EmergingThemes.EXPLANATION)).doesNotContain("Poisson");

        assertThat(windowVerdicts).hasSize(sample.types().size() + 2);
        assertThat(windowVerdicts.values()).as("the sample's e-scooter surge").anyMatch(v -> v.direction()
                == TrendVerdict.Direction.EMERGING);
        for (Map.Entry<String, TrendVerdict> e : windowVerdicts.entrySet()) {
            TrendVerdict v = e.getValue();
            String verdict = v.direction().name().toLowerCase(Locale.ROOT);
            assertThat(csv.get(e.getKey())).as("emerging.csv, %s", e.getKey())
                    .isEqualTo(verdict + " " + v.used().kind().name().toLowerCase(Locale.ROOT));
            assertThat(workbook.get(e.getKey())).as("summary.xlsx, %s", e.getKey())
                    .isEqualTo(verdict + " " + (double) v.latest() + " " + (double) v.baseline());
            assertThat(html.get(e.getKey())).as("report.html, %s", e.getKey())
                    .isEqualTo(v.direction() == TrendVerdict.Direction.STEADY ? null : verdict);
        }
    }

    @Test
    void seasonalityColoursMeanMoreInOrangeInTheWindowAndTheReport() {
        Matcher m = Pattern.compile("fill=\"(#[0-9a-f]{6})\"><title>[^<]*: [\\d,]+ requests, ([\\d.]+)× usual</title>")
                .matcher(report);
        int cells = 0;
        boolean more = false;
        boolean fewer = false;
        while (m.find()) {
            cells++;
            double ratio = Double.parseDouble(m.group(2));
            Color inReport = Color.web(m.group(1));
            Color inWindow = HeatColours.diverging(ratio);
            assertThat(Math.abs(inReport.getRed() - inWindow.getRed()) + Math.abs(inReport.getBlue() - inWindow.getBlue()))
                    .as("the window's and the report's colour of %.2f×", ratio).isLessThan(0.05);
            if (ratio >= 1.5) {
                more = true;
                assertThat(inWindow.getRed()).as("more is orange (%.2f×)", ratio).isGreaterThan(inWindow.getBlue());
            } else if (ratio <= 0.67) {
                fewer = true;
                assertThat(inWindow.getBlue()).as("fewer is blue (%.2f×)", ratio).isGreaterThan(inWindow.getRed());
            }
        }
        assertThat(cells).isGreaterThan(100);
        assertThat(more && fewer).isTrue();
        assertThat(report).contains(escape(SeasonalityColours.EXPLANATION));
        assertThat(HeatColours.sequential(1).getRed()).as("a larger share is orange too")
                .isGreaterThan(HeatColours.sequential(1).getBlue());
    }

    private static String number(String format, double value) {
        return Double.isNaN(value) ? "" : String.format(Locale.ROOT, format, value);
    }

    private static String unescape(String html) {
        return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
