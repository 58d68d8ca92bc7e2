package org.civicthemes.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.civicthemes.analysis.EmergingOptions;
import org.civicthemes.analysis.EmergingThemes;
import org.civicthemes.analysis.ThemeDayCounts;
import org.civicthemes.io.write.EmergingCsvWriter;
import org.civicthemes.model.CityFaq;
import org.civicthemes.model.DateRange;
import org.civicthemes.model.ImportReport;
import org.civicthemes.model.ImportResult;
import org.civicthemes.progress.ProgressListener;
import org.civicthemes.testdata.SampleByType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 19, item 4: the agent brief (brief.html and the Brief sheet) of the sample grouped by request type gives each
 * emerging theme exactly the figures emerging.csv gives it, its questions, the city FAQ's answers and its department.
 */
class BriefTest {

    @TempDir
    static Path dir;

    private static SampleByType sample;
    private static List<CSVRecord> emerging;
    private static String brief;
    private static int scooters;

    @BeforeAll
    static void exportTheSampleAndWriteEmergingCsv() throws Exception {
        sample = SampleByType.load();
        scooters = sample.themeOf("Scooter / E-Bike Complaint");
        ImportReport report = new ImportReport(sample.dataset().source(), sample.dataset().size(),
                sample.dataset().size(), List.of(), 0, 0, List.of(), Map.of(), List.of(), sample.dataset().mapping());
        CityFaq faq = new CityFaqService().read(Path.of("sample-data", "riverton-faq.txt"));
        ExportContext context = new ExportContext(faq, EmergingOptions.DEFAULTS, Map.of(scooters, "Transportation"));
        new ExportService().export(new ExportRequest(new ImportResult(sample.dataset(), report), sample.run(),
                DateRange.ALL, TextChoices.DEFAULTS, dir, ExportChoices.DEFAULTS, "").withContext(context),
                ProgressListener.NONE);
        Path csv = dir.resolve("emerging.csv");
        new EmergingCsvWriter().write(sample.run(), EmergingThemes.find(ThemeDayCounts.of(sample.dataset(),
                sample.run()), EmergingOptions.DEFAULTS), csv);
        try (Reader in = Files.newBufferedReader(csv)) {
            emerging = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords()
                    .stream().filter(r -> r.get("verdict").equals("emerging")).toList();
        }
        brief = Files.readString(dir.resolve("brief.html"));
    }

    @Test
    void eachEmergingThemeHasExactlyTheFiguresOfEmergingCsv() {
        Matcher m = Pattern.compile("data-theme=\"(-?\\d+)\"><b>[^<]*</b>: ([\\d,]+) requests from (\\S+) to (\\S+), "
                + "expected ([\\d.]+) from the baseline \\(([\\d,]+) requests\\)").matcher(brief);
        Map<String, List<String>> shown = new HashMap<>();
        while (m.find()) {
            shown.put(m.group(1), List.of(m.group(2).replace(",", ""), m.group(3), m.group(4), m.group(5),
                    m.group(6).replace(",", "")));
        }

        assertThat(emerging).as("the sample's scooter complaints emerge in its last month").isNotEmpty();
        assertThat(shown.keySet()).containsExactlyInAnyOrderElementsOf(emerging.stream().map(r -> r.get("theme_id"))
                .limit(8).toList());
        for (CSVRecord r : emerging) {
            assertThat(shown.get(r.get("theme_id"))).as("theme %s", r.get("theme_label")).containsExactly(
                    r.get("latest"), r.get("from"), r.get("to"), r.get("expected"), r.get("baseline_count"));
        }
    }

    @Test
    void theBriefSheetHoldsTheSameFigures() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(dir.resolve("summary.xlsx")))) {
            Sheet sheet = workbook.getSheet("Brief");
            for (CSVRecord r : emerging) {
                Row row = rowOf(sheet, Integer.parseInt(r.get("theme_id")));
                assertThat((long) row.getCell(3).getNumericCellValue()).isEqualTo(Long.parseLong(r.get("latest")));
                assertThat(String.format(Locale.ROOT, "%.1f", row.getCell(4).getNumericCellValue()))
                        .isEqualTo(r.get("expected"));
                assertThat((long) row.getCell(5).getNumericCellValue())
                        .isEqualTo(Long.parseLong(r.get("baseline_count")));
            }
            Row scooterRow = rowOf(sheet, scooters + 1);
            assertThat(scooterRow.getCell(2).getStringCellValue()).isEqualTo("Transportation");
            String question = scooterRow.getCell(7).getStringCellValue();
            assertThat(question).endsWith("?");
            assertThat(brief).as("the brief lists the same first question").contains("<li>“" + question + "”");
        }
    }

    @Test
    void theEmergingThemeShowsItsDepartmentItsQuestionsAndWhetherTheFaqAnswersThem() {
        int at = brief.indexOf("data-theme=\"" + (scooters + 1) + "\"");
        assertThat(at).isPositive();
        String section = brief.substring(brief.lastIndexOf("<section>", at), brief.indexOf("</section>", at));

        assertThat(section).contains("<span class=\"dept\">Transportation</span>").contains("<li>“")
                .containsIgnoringCase("scooter").contains("Not answered in the city's FAQ.");
        assertThat(brief).contains("City FAQ, “").contains("riverton-faq.txt");
        assertThat(brief).doesNotContain("<script").doesNotContain("http://").doesNotContain("https://")
                .doesNotContain("<link").doesNotContain("<img");
    }

    private static Row rowOf(Sheet sheet, int themeId) {
        for (int r = 2; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row != null && row.getCell(0) != null && (int) row.getCell(0).getNumericCellValue() == themeId) {
                return row;
            }
        }
        throw new AssertionError("theme " + themeId + " is not in the Brief sheet");
    }
}
