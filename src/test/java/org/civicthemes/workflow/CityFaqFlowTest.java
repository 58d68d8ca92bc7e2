package org.civicthemes.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.civicthemes.model.DateRange;
import org.civicthemes.model.ImportOptions;
import org.civicthemes.model.ThemeCount;
import org.civicthemes.progress.CancellationToken;
import org.civicthemes.progress.ProgressListener;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 19, items 3 and 4 on the bundled sample with the city FAQ shipped beside it (sample-data/riverton-faq.txt):
 * faq.csv says which questions the FAQ answers, and summary.xlsx and report.html list the FAQ to write. Words only, so
 * the test needs no sentence model.
 */
class CityFaqFlowTest {

    private static final Path SAMPLE = Path.of("sample-data", "riverton-311-requests.xlsx");
    private static final Path FAQ = Path.of("sample-data", "riverton-faq.txt");

    @TempDir
    static Path dir;

    private static Path out;

    @BeforeAll
    static void analyzeTheSampleWithItsFaq() throws Exception {
        out = dir.resolve("out");
        AnalyzeRequest request = new AnalyzeRequest(SAMPLE, out, ImportOptions.DETECT_ALL, ThemeCount.AUTO, 42,
                DateRange.ALL, TextChoices.DEFAULTS, true).withMeaning(false).withCityFaq(FAQ);
        new AnalyzeService().run(request, new ExportChoices(EnumSet.of(ExportFormat.XLSX, ExportFormat.HTML), false,
                OptionalInt.empty()), ProgressListener.NONE, CancellationToken.NEVER);
    }

    private static List<CSVRecord> csv(String name) throws Exception {
        try (Reader in = Files.newBufferedReader(out.resolve(name))) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        }
    }

    @Test
    void faqCsvSaysWhichQuestionsTheCityFaqAnswersAndWithWhichEntry() throws Exception {
        List<CSVRecord> faq = csv("faq.csv");

        assertThat(faq).extracting(r -> r.get("covered")).containsOnly("yes", "no").contains("yes", "no");
        assertThat(faq).filteredOn(r -> r.get("covered").equals("yes")).allSatisfy(r -> {
            assertThat(r.get("faq_entry")).endsWith("?");
            assertThat(Files.readAllLines(FAQ).get(Integer.parseInt(r.get("faq_line")) - 1))
                    .isEqualTo("Q: " + r.get("faq_entry"));
        });
        // by words: the bulk pickup fee is in the FAQ, a copy of a police report is not
        assertThat(faq).filteredOn(r -> r.get("question").startsWith("Is there a fee for bulk item pickup"))
                .isNotEmpty().allSatisfy(r -> assertThat(r.get("faq_entry")).isEqualTo("Is there a fee for bulk pickup?"));
        assertThat(faq).filteredOn(r -> r.get("question").toLowerCase(Locale.ROOT).contains("police report"))
                .isNotEmpty().allSatisfy(r -> assertThat(r.get("covered")).isEqualTo("no"));
        assertThat(faq).allSatisfy(r -> {
            assertThat(r.get("latest_month")).isEqualTo("2025-09");
            assertThat(Integer.parseInt(r.get("latest_count"))).isLessThanOrEqualTo(Integer.parseInt(r.get("count")));
        });
    }

    @Test
    void theFaqToWriteListsTheUncoveredQuestionsMostAskedFirstInTheWorkbookAndTheReport() throws Exception {
        List<CSVRecord> uncovered = csv("faq.csv").stream().filter(r -> r.get("covered").equals("no")).toList();
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(out.resolve("summary.xlsx")))) {
            Sheet sheet = workbook.getSheet("FAQ to write");
            List<Integer> counts = new java.util.ArrayList<>();
            List<String> questions = new java.util.ArrayList<>();
            for (int r = 2; r <= sheet.getLastRowNum(); r++) {
                questions.add(sheet.getRow(r).getCell(0).getStringCellValue());
                counts.add((int) sheet.getRow(r).getCell(1).getNumericCellValue());
            }
            assertThat(questions).containsExactlyInAnyOrderElementsOf(uncovered.stream().map(r -> r.get("question"))
                    .toList());
            assertThat(counts).isSortedAccordingTo((a, b) -> Integer.compare(b, a));
            Sheet about = workbook.getSheet("About");
            List<String> facts = new java.util.ArrayList<>();
            for (int r = 0; r <= about.getLastRowNum(); r++) {
                if (about.getRow(r) != null && about.getRow(r).getCell(1) != null) {
                    facts.add(about.getRow(r).getCell(0).getStringCellValue() + ": "
                            + about.getRow(r).getCell(1).getStringCellValue());
                }
            }
            assertThat(facts).anySatisfy(f -> assertThat(f).startsWith("City FAQ matched: riverton-faq.txt (20 entries;"));
        }
        String report = Files.readString(out.resolve("report.html"));
        assertThat(report).contains("<h2>FAQ to write</h2>")
                .contains(uncovered.size() + " of the " + csv("faq.csv").size() + " questions residents keep asking "
                        + "have no entry in riverton-faq.txt");
    }

    @Test
    void aBadFaqFileStopsTheRunBeforeAnythingIsWrittenWithOneSentence() throws Exception {
        Path bad = Files.writeString(dir.resolve("faq.txt"), "# Riverton FAQ\nA: Mondays.\nQ: When is trash day?\n");
        Path elsewhere = dir.resolve("never");
        AnalyzeRequest request = new AnalyzeRequest(SAMPLE, elsewhere, ImportOptions.DETECT_ALL, ThemeCount.AUTO, 42,
                DateRange.ALL, TextChoices.DEFAULTS, true).withMeaning(false).withCityFaq(bad);

        assertThatThrownBy(() -> new AnalyzeService().run(request, ProgressListener.NONE, CancellationToken.NEVER))
                .isInstanceOf(BadInputException.class)
                .hasMessage("faq.txt, line 2: an answer (A:) comes before any question (Q:); put its Q: line above it.");
        assertThat(elsewhere).doesNotExist();
    }
}
