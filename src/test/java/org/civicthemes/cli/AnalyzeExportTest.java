package org.civicthemes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalyzeExportTest {

    @TempDir
    Path dir;

    private Path input;
    private Path out;
    private StringWriter stdout;
    private StringWriter stderr;

    @BeforeEach
    void writeInput() throws Exception {
        String[] texts = {"Deep pothole on Elm Street damaged my tire, call 555-201-3344",
            "Graffiti tagging on the library wall again",
            "Streetlight out at the corner, it is dark at night",
            "Overflowing trash can at the park, write to joe@example.com"};
        List<String> lines = new ArrayList<>();
        lines.add("Request ID,Created Date,Request Type,Description,Council District");
        for (int i = 0; i < 80; i++) {
            lines.add(String.format("R-%d,2024-%02d-%02dT10:00:00,Type %d,\"%s\",District %d", i, 1 + i % 6,
                    1 + i % 27, i % 4, texts[i % 4].replace("\"", "\"\""), 1 + i % 3));
        }
        input = Files.writeString(dir.resolve("export.csv"), String.join("\r\n", lines) + "\r\n");
        out = dir.resolve("out");
    }

    private int run(String... extra) {
        stdout = new StringWriter();
        stderr = new StringWriter();
        List<String> args = new ArrayList<>(List.of("analyze", input.toString(), "--out", out.toString(), "--k", "4"));
        args.addAll(List.of(extra));
        return CivicThemesCli.run(new PrintWriter(stdout, true), new PrintWriter(stderr, true), args.toArray(new String[0]));
    }

    private List<String> files() throws Exception {
        try (Stream<Path> s = Files.list(out)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void analyzeWritesTheSummaryFilesBesideTheOthers() throws Exception {
        assertThat(run()).isZero();

        assertThat(files()).contains("summary.xlsx", "requests.csv", "themes.csv", "report.html", "themes.json");
        assertThat(stdout.toString()).contains("Wrote " + out.resolve("summary.xlsx"));
        assertThat(Files.readAllLines(out.resolve("requests.csv"))).hasSize(81);
    }

    @Test
    void aMissingCityFaqStopsTheRunInOneLineAndAGoodOneAddsTheCoverageColumns() throws Exception {
        assertThat(run("--faq", dir.resolve("faq.txt").toString())).isEqualTo(2);
        assertThat(stderr.toString().strip()).isEqualTo("civic-themes: The FAQ file " + dir.resolve("faq.txt")
                + " does not exist: check the path.");
        assertThat(out).doesNotExist();

        Files.writeString(dir.resolve("faq.txt"), "Q: How do I report a pothole?\nA: Call 311.\n");
        assertThat(run("--faq", dir.resolve("faq.txt").toString(), "--format", "html")).isZero();
        assertThat(Files.readAllLines(out.resolve("faq.csv")).get(0)).endsWith(",covered,faq_entry,faq_line");
        assertThat(files()).contains("report.html", "brief.html");
        assertThat(Files.readString(out.resolve("brief.html"))).contains("Answers are quoted from the city's FAQ "
                .replace("'", "&#39;") + "(faq.txt)");
    }

    @Test
    void anExistingSummaryStopsTheRunBeforeAnyWorkUnlessForced() throws Exception {
        run();
        Files.delete(out.resolve("themes.json"));

        assertThat(run()).isEqualTo(2);
        assertThat(stderr.toString().strip()).isEqualTo("civic-themes: summary.xlsx already exists in " + out
                + "; use --force to overwrite it, or choose another output folder.");
        assertThat(files()).doesNotContain("themes.json");

        assertThat(run("--force")).isZero();
        assertThat(files()).contains("themes.json");
    }

    @Test
    void formatChoosesTheFiles() throws Exception {
        assertThat(run("--format", "xlsx")).isZero();

        assertThat(files()).contains("summary.xlsx").doesNotContain("requests.csv", "themes.csv", "report.html");
    }

    @Test
    void anUnknownFormatIsBadInput() {
        assertThat(run("--format", "xlsx,pdf")).isEqualTo(2);
        assertThat(stderr.toString()).contains("Unknown export format 'pdf' in --format. Formats: xlsx, csv, html, "
                + "all or none.");
    }

    @Test
    void themeExportsOneThemeUnderItsOwnName() throws Exception {
        assertThat(run("--theme", "2", "--format", "csv")).isZero();

        List<String> rows = Files.readAllLines(out.resolve("requests-theme-2.csv"));
        assertThat(rows.subList(1, rows.size())).isNotEmpty().allMatch(r -> r.split(",")[5].equals("2"));
        assertThat(files()).doesNotContain("requests.csv");
    }

    @Test
    void keptPersonalDataIsRecordedInTheAboutSheet() throws Exception {
        assertThat(run("--keep", "phone", "--format", "xlsx")).isZero();

        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(out.resolve("summary.xlsx")))) {
            Sheet about = workbook.getSheet("About");
            String redaction = "";
            for (Row row : about) {
                if (row.getCell(0).getStringCellValue().equals("Redaction")) {
                    redaction = row.getCell(1).getStringCellValue();
                }
            }
            assertThat(redaction).endsWith("kept phone at the analyst's request (--keep phone)");
        }
        assertThat(Files.exists(out.resolve("requests.csv"))).isFalse();
    }
}
