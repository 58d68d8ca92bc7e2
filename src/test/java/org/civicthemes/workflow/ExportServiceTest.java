package org.civicthemes.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.civicthemes.io.write.ExportContent;
import org.civicthemes.io.write.SummaryWorkbookWriter;
import org.civicthemes.model.DateRange;
import org.civicthemes.model.ThemeRun;
import org.civicthemes.progress.ProgressListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportServiceTest {

    private static final Pattern PHONE = Pattern.compile("\\d{3}[-. ]\\d{3}[-. ]\\d{4}");
    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+\\.[\\w.]+");
    private static final Instant MADE = Instant.parse("2026-11-26T12:00:00Z");

    @TempDir
    Path dir;

    private final ExportFixture fixture = new ExportFixture();
    private final ExportService service = new ExportService(Clock.fixed(MADE, ZoneOffset.UTC));

    private List<Path> export(ThemeRun run, DateRange range, TextChoices text, ExportChoices choices)
            throws Exception {
        return service.export(new ExportRequest(fixture.imported, run, range, text, dir, choices), ProgressListener.NONE);
    }

    private List<Path> exportAll() throws Exception {
        return export(fixture.run, DateRange.ALL, TextChoices.DEFAULTS, ExportChoices.DEFAULTS);
    }

    private static XSSFWorkbook open(Path file) throws IOException {
        return new XSSFWorkbook(Files.newInputStream(file));
    }

    /** The theme rows of the Summary sheet: label -> requests, up to the Total row. */
    private static Map<String, Long> summaryCounts(XSSFWorkbook workbook) {
        Sheet summary = workbook.getSheet(SummaryWorkbookWriter.SUMMARY);
        Map<String, Long> counts = new LinkedHashMap<>();
        for (int r = SummaryWorkbookWriter.SUMMARY_HEADER_ROW + 1; r <= summary.getLastRowNum(); r++) {
            Row row = summary.getRow(r);
            String label = row.getCell(1).getStringCellValue();
            if (label.startsWith("Total")) {
                break;
            }
            counts.put(label, (long) row.getCell(2).getNumericCellValue());
        }
        return counts;
    }

    private static long summaryTotal(XSSFWorkbook workbook) {
        Sheet summary = workbook.getSheet(SummaryWorkbookWriter.SUMMARY);
        for (Row row : summary) {
            Cell label = row.getCell(1);
            if (label != null && label.getCellType() == CellType.STRING && label.getStringCellValue().startsWith("Total")) {
                return (long) row.getCell(2).getNumericCellValue();
            }
        }
        throw new AssertionError("no Total row");
    }

    private static List<String> column(Sheet sheet, int column) {
        List<String> values = new ArrayList<>();
        DataFormatter format = new DataFormatter();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            values.add(format.formatCellValue(sheet.getRow(r).getCell(column)));
        }
        return values;
    }

    private static List<Cell> allCells(XSSFWorkbook workbook) {
        List<Cell> cells = new ArrayList<>();
        for (Sheet sheet : workbook) {
            for (Row row : sheet) {
                row.forEach(cells::add);
            }
        }
        return cells;
    }

    private static List<CSVRecord> csv(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        }
    }

    @Test
    void writesTheFiveFilesWithEverySheet() throws Exception {
        List<Path> written = exportAll();

        assertThat(written).extracting(p -> p.getFileName().toString())
                .containsExactly("summary.xlsx", "requests.csv", "themes.csv", "report.html", "brief.html");
        try (XSSFWorkbook workbook = open(dir.resolve("summary.xlsx"))) {
            List<String> sheets = new ArrayList<>();
            workbook.forEach(s -> sheets.add(s.getSheetName()));
            assertThat(sheets).containsExactly("Summary", "Trends", "Brief", "Seasonality", "Emerging",
                    "Category cross-tab", "FAQ candidates", "FAQ to write", "Requests", "About");
            assertThat(workbook.getSheet("Trends").getDrawingPatriarch().getCharts()).hasSize(1);
            assertThat(workbook.getSheet("Trends").getDrawingPatriarch().getCharts().get(0).getChartSeries().get(0)
                    .getSeriesCount()).isEqualTo(3);
            XSSFTable table = workbook.getSheet("Requests").getTables().get(0);
            assertThat(table.getCTTable().getAutoFilter().getRef()).isEqualTo("A1:H123");
            assertThat(table.getColumns()).extracting(c -> c.getName())
                    .containsExactly("Source row", "Request id", "Created", "Category", "District", "Theme id", "Theme",
                            "Text");
        }
    }

    @Test
    void totalsAddUpToTheRequestsInTheRangeAndAgreeWithTheRun() throws Exception {
        exportAll();

        long all = fixture.inRange(DateRange.ALL);
        try (XSSFWorkbook workbook = open(dir.resolve("summary.xlsx"))) {
            Map<String, Long> counts = summaryCounts(workbook);
            assertThat(counts.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(all);
            assertThat(summaryTotal(workbook)).isEqualTo(all);
            for (var theme : fixture.run.themes().themes()) {
                assertThat(counts.get(theme.label())).isEqualTo(theme.size());
            }
            assertThat(counts.get("Unclear")).isEqualTo(fixture.run.themes().unclear().size());
            assertThat(counts.get("No description")).isEqualTo(fixture.run.themes().noDescription().size());
            assertThat(workbook.getSheet("Requests").getLastRowNum()).isEqualTo((int) all);
            Sheet trends = workbook.getSheet("Trends");
            int allColumn = trends.getRow(0).getLastCellNum() - 1;
            long dated = 0;
            for (int r = 1; r <= trends.getLastRowNum(); r++) {
                dated += (long) trends.getRow(r).getCell(allColumn).getNumericCellValue();
            }
            assertThat(dated).isEqualTo(ExportFixture.DATED);
            assertThat(column(trends, 0)).containsExactly("2024-01", "2024-02", "2024-03", "2024-04");
        }
        assertThat(csv(dir.resolve("requests.csv"))).hasSize((int) all);
        assertThat(csv(dir.resolve("themes.csv")).stream().mapToLong(r -> Long.parseLong(r.get("requests"))).sum())
                .isEqualTo(all);
    }

    @Test
    void aDateRangeNarrowsEveryFileToItsRequests() throws Exception {
        export(fixture.run, ExportFixture.february(), TextChoices.DEFAULTS, ExportChoices.DEFAULTS);

        long february = fixture.inRange(ExportFixture.february());
        assertThat(february).isEqualTo(30);
        try (XSSFWorkbook workbook = open(dir.resolve("summary.xlsx"))) {
            assertThat(summaryTotal(workbook)).isEqualTo(february);
            assertThat(workbook.getSheet("Requests").getLastRowNum()).isEqualTo((int) february);
            assertThat(column(workbook.getSheet("Requests"), 2)).allMatch(d -> d.startsWith("2024-02"));
            assertThat(column(workbook.getSheet("Trends"), 0)).containsExactly("2024-02");
            assertThat(workbook.getSheet("Summary").getRow(1).getCell(0).getStringCellValue())
                    .isEqualTo("The 30 requests created from 2024-02-01 to 2024-02-29.");
        }
        assertThat(csv(dir.resolve("requests.csv"))).hasSize(30)
                .allMatch(r -> r.get("created").startsWith("2024-02"));
    }

    @Test
    void viewsAlreadyComputedForTheRunAreReusedAndNeverForAnotherRange() {
        RunViews views = new RunViews(fixture.imported.dataset(), fixture.run, q -> "checked: " + q);
        ExportRequest whole = new ExportRequest(fixture.imported, fixture.run, DateRange.ALL, TextChoices.DEFAULTS, dir,
                ExportChoices.DEFAULTS);
        ExportContent reused = service.content(whole, views);
        assertThat(reused.faq()).isNotEmpty().allMatch(c -> c.question().startsWith("checked: "));
        assertThat(reused.seasonality().get(0)).isSameAs(views.seasonality().get(0));
        assertThat(service.content(whole).faq()).extracting(c -> "checked: " + c.question())
                .containsExactlyElementsOf(reused.faq().stream().map(c -> c.question()).toList());

        ExportRequest february = new ExportRequest(fixture.imported, fixture.run, ExportFixture.february(),
                TextChoices.DEFAULTS, dir, ExportChoices.DEFAULTS);
        assertThat(service.content(february, views).faq()).noneMatch(c -> c.question().startsWith("checked: "));
        assertThat(service.content(february, views).seasonality().get(0)).isNotSameAs(views.seasonality().get(0));
    }

    @Test
    void renamedAndMergedThemesAppearAsTheEditedRunNamesThem() throws Exception {
        ThemeRun edited = fixture.edited();

        export(edited, DateRange.ALL, TextChoices.DEFAULTS, ExportChoices.DEFAULTS);

        try (XSSFWorkbook workbook = open(dir.resolve("summary.xlsx"))) {
            Map<String, Long> counts = summaryCounts(workbook);
            assertThat(counts.keySet()).containsExactly("Walls and lights (merged)", "Potholes (renamed)", "Unclear",
                    "No description");
            assertThat(counts.get("Walls and lights (merged)")).isEqualTo(
                    fixture.run.themes().themes().get(1).size() + fixture.run.themes().themes().get(2).size());
            assertThat(column(workbook.getSheet("Requests"), 6)).doesNotContain(ExportFixture.LABELS)
                    .contains("Potholes (renamed)", "Walls and lights (merged)");
            assertThat(allCells(workbook)).filteredOn(c -> c.getCellType() == CellType.STRING)
                    .extracting(Cell::getStringCellValue).noneMatch(v -> v.contains("graffiti, wall"));
        }
        assertThat(Files.readString(dir.resolve("report.html"))).contains("Walls and lights (merged)")
                .doesNotContain("graffiti, wall");
        assertThat(csv(dir.resolve("themes.csv"))).extracting(r -> r.get("theme_label"))
                .containsExactly("Walls and lights (merged)", "Potholes (renamed)", "Unclear", "No description");
    }

    @Test
    void injectedFormulasAreInertTextInTheWorkbookAndNeutralisedInCsv() throws Exception {
        exportAll();

        try (XSSFWorkbook workbook = open(dir.resolve("summary.xlsx"))) {
            assertThat(allCells(workbook)).noneMatch(c -> c.getCellType() == CellType.FORMULA);
            XSSFSheet requests = workbook.getSheet("Requests");
            for (int i = 0; i < ExportFixture.INJECTED.size(); i++) {
                Cell text = requests.getRow(1 + i).getCell(7);
                assertThat(text.getCellType()).isEqualTo(CellType.STRING);
                assertThat(text.getStringCellValue()).isEqualTo(ExportFixture.INJECTED.get(i));
                assertThat(text.getCellStyle().getQuotePrefixed()).as("quote prefix on %s", text).isTrue();
            }
            Cell category = requests.getRow(5).getCell(3);
            assertThat(category.getStringCellValue()).isEqualTo(ExportFixture.EVIL_CATEGORY);
            assertThat(category.getCellStyle().getQuotePrefixed()).isTrue();
        }
        List<CSVRecord> rows = csv(dir.resolve("requests.csv"));
        assertThat(rows.get(0).get("text")).isEqualTo("'" + ExportFixture.HYPERLINK);
        assertThat(rows.get(4).get("category")).isEqualTo("'" + ExportFixture.EVIL_CATEGORY);
        assertThat(rows).extracting(r -> r.get("text")).noneMatch(t -> !t.isEmpty() && "=+-@\t\r".indexOf(t.charAt(0)) >= 0);
    }

    @Test
    void redactedExportsHoldNoPhoneNumberOrEmail() throws Exception {
        exportAll();

        try (XSSFWorkbook workbook = open(dir.resolve("summary.xlsx"))) {
            List<String> texts = allCells(workbook).stream().filter(c -> c.getCellType() == CellType.STRING)
                    .map(Cell::getStringCellValue).toList();
            assertThat(texts).noneMatch(t -> PHONE.matcher(t).find() || EMAIL.matcher(t).find());
            assertThat(texts).anyMatch(t -> t.contains("[phone]")).anyMatch(t -> t.contains("[email]"));
            assertThat(workbook.getSheet("Summary").getRow(3).getCell(0).getStringCellValue())
                    .startsWith("Personal data is redacted in every text");
        }
        for (String file : List.of("requests.csv", "themes.csv", "report.html")) {
            String content = Files.readString(dir.resolve(file), StandardCharsets.UTF_8);
            assertThat(PHONE.matcher(content).find()).as(file).isFalse();
            assertThat(EMAIL.matcher(content).find()).as(file).isFalse();
        }
    }

    @Test
    void keptPersonalDataStaysAndTheAboutSheetSaysSo() throws Exception {
        export(fixture.run, DateRange.ALL, new TextChoices(Set.of("phone"), Set.of()), ExportChoices.DEFAULTS);

        assertThat(Files.readString(dir.resolve("requests.csv"))).contains(ExportFixture.PHONE)
                .doesNotContain(ExportFixture.EMAIL);
        try (XSSFWorkbook workbook = open(dir.resolve("summary.xlsx"))) {
            Map<String, String> about = about(workbook);
            assertThat(about.get("Redaction")).isEqualTo("partly off: redacted email, street_number, plate, "
                    + "long_number, ssn, card, unit, birth_date, name; kept phone at the analyst's request (--keep phone)");
        }
    }

    @Test
    void theAboutSheetHoldsWhatItTakesToReproduceTheRun() throws Exception {
        exportAll();

        try (XSSFWorkbook workbook = open(dir.resolve("summary.xlsx"))) {
            Map<String, String> about = about(workbook);
            assertThat(about).containsEntry("Source file", "riverton-test.csv")
                    .containsEntry("SHA-256 of the source file", "ab".repeat(32))
                    .containsEntry("Rows read", "124").containsEntry("Rows imported", "122")
                    .containsEntry("Rows skipped", "2 (rows and reasons are in import-report.json)")
                    .containsEntry("Seed", "7").containsEntry("Redaction",
                            "on: phone, email, street_number, plate, long_number, ssn, card, unit, birth_date, name")
                    .containsEntry("Made at", "2026-11-26T12:00:00Z")
                    .containsEntry("Column for request text", "Description (100% sure: chosen by the analyst)");
            assertThat(about.get("Number of themes")).isEqualTo("3 (as asked)");
            assertThat(about.get("Made by")).startsWith("CivicThemes ");
        }
    }

    private static Map<String, String> about(XSSFWorkbook workbook) {
        Map<String, String> facts = new LinkedHashMap<>();
        Sheet about = workbook.getSheet("About");
        for (int r = 2; r <= about.getLastRowNum(); r++) {
            facts.put(about.getRow(r).getCell(0).getStringCellValue(), about.getRow(r).getCell(1).getStringCellValue());
        }
        return facts;
    }

    @Test
    void aPerThemeExportHoldsThatThemeOnlyUnderItsOwnNames() throws Exception {
        List<Path> written = export(fixture.run, DateRange.ALL, TextChoices.DEFAULTS,
                ExportChoices.DEFAULTS.forTheme(1));

        assertThat(written).extracting(p -> p.getFileName().toString()).containsExactly("summary-theme-2.xlsx",
                "requests-theme-2.csv", "themes-theme-2.csv", "report-theme-2.html", "brief-theme-2.html");
        int size = fixture.run.themes().themes().get(1).size();
        try (XSSFWorkbook workbook = open(dir.resolve("summary-theme-2.xlsx"))) {
            assertThat(summaryCounts(workbook)).containsExactly(Map.entry("graffiti, wall", (long) size));
            assertThat(summaryTotal(workbook)).isEqualTo(size);
            assertThat(column(workbook.getSheet("Requests"), 5)).hasSize(size).containsOnly("2");
        }
        assertThat(csv(dir.resolve("requests-theme-2.csv"))).hasSize(size).allMatch(r -> r.get("theme_id").equals("2"));
    }

    @Test
    void anExistingFileIsNeverReplacedUnlessAsked() throws Exception {
        Path old = Files.writeString(dir.resolve("summary.xlsx"), "the analyst's own file");

        assertThatThrownBy(this::exportAll).isInstanceOf(BadInputException.class)
                .hasMessage("summary.xlsx already exists in " + dir.toAbsolutePath()
                        + "; use --force to overwrite it, or choose another output folder.");
        assertThat(Files.readString(old)).isEqualTo("the analyst's own file");
        assertThat(dir.resolve("requests.csv")).doesNotExist();
        assertThat(service.existing(dir, ExportChoices.DEFAULTS)).containsExactly(old);

        export(fixture.run, DateRange.ALL, TextChoices.DEFAULTS, ExportChoices.DEFAULTS.withOverwrite(true));
        try (XSSFWorkbook workbook = open(old)) {
            assertThat(workbook.getSheet("Summary")).isNotNull();
        }
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
        }
    }

    @Test
    void theFormatsChooseTheFiles() throws Exception {
        List<Path> written = export(fixture.run, DateRange.ALL, TextChoices.DEFAULTS,
                new ExportChoices(EnumSet.of(ExportFormat.HTML), false, OptionalInt.empty()));

        assertThat(written).containsExactly(dir.resolve("report.html"), dir.resolve("brief.html"));
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactlyInAnyOrder(dir.resolve("report.html"), dir.resolve("brief.html"));
        }
    }

    @Test
    void aRangeOutsideTheRunOrAnUnknownThemeIsRefusedWithAMessage() {
        ThemeRun februaryRun = org.civicthemes.analysis.ThemeRunSlice.inRange(fixture.dataset, fixture.run,
                ExportFixture.february());

        DateRange acrossJanuary = new DateRange(java.time.LocalDate.of(2024, 1, 15), java.time.LocalDate.of(2024, 2, 10));

        assertThatThrownBy(() -> export(februaryRun, acrossJanuary, TextChoices.DEFAULTS, ExportChoices.DEFAULTS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("reaches outside the days the themes were found in (2024-02-01 to 2024-02-29)");
        assertThatThrownBy(() -> export(fixture.run, DateRange.ALL, TextChoices.DEFAULTS,
                        ExportChoices.DEFAULTS.forTheme(ExportChoices.themeOfFileId(9))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("There is no theme 9 to export: the themes are 1 to 3, 0 is Unclear and -1 is No "
                        + "description.");
    }

    @Test
    void aCancelledExportStopsBeforeTheNextFile() throws Exception {
        java.util.concurrent.atomic.AtomicBoolean started = new java.util.concurrent.atomic.AtomicBoolean();
        ProgressListener cancelOnceStarted = (step, done, total) -> started.set(true);

        assertThatThrownBy(() -> service.export(new ExportRequest(fixture.imported, fixture.run, DateRange.ALL,
                TextChoices.DEFAULTS, dir, ExportChoices.DEFAULTS), cancelOnceStarted, started::get))
                .isInstanceOf(org.civicthemes.progress.CancelledException.class);

        try (var list = Files.list(dir)) {
            assertThat(list.map(p -> p.getFileName().toString())).containsExactly("summary.xlsx");
        }
    }
}
