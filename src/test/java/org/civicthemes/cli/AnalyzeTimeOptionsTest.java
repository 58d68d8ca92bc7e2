package org.civicthemes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.civicthemes.progress.CancellationToken;
import org.civicthemes.progress.ProgressListener;
import org.civicthemes.workflow.SampleDataService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code analyze --period, --baseline, --baseline-kind, --crosstab, --themes-from} on a generated export of
 * 3,000 requests from 2023-01-01 to 2025-09-30.
 */
class AnalyzeTimeOptionsTest {

    @TempDir
    static Path dir;
    static Path export;

    private final StringWriter err = new StringWriter();

    @BeforeAll
    static void generateAnExport() throws Exception {
        export = dir.resolve("riverton-3000.csv");
        new SampleDataService().write(export, 3000, 311, null, null, ProgressListener.NONE, CancellationToken.NEVER);
    }

    private int run(String out, String... options) {
        List<String> args = new ArrayList<>(List.of("analyze", export.toString(), "--out", dir.resolve(out).toString(),
                "--k", "8", "--seed", "3"));
        args.addAll(List.of(options));
        return CivicThemesCli.run(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true),
                args.toArray(String[]::new));
    }

    private static List<CSVRecord> csv(String out, String file) throws IOException {
        try (Reader reader = Files.newBufferedReader(dir.resolve(out).resolve(file))) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        }
    }

    private static JsonNode json(String out, String file) throws IOException {
        return new ObjectMapper().readTree(dir.resolve(out).resolve(file).toFile());
    }

    @Test
    void aYearlyBaselineOnLessThanAYearSaysWhyEmergingIsEmptyAndWhatToDo() throws Exception {
        StringWriter stdout = new StringWriter();
        int code = CivicThemesCli.run(new PrintWriter(stdout, true), new PrintWriter(err, true), "analyze",
                export.toString(), "--out", dir.resolve("short").toString(), "--k", "8", "--seed", "3", "--from",
                "2025-03-01", "--baseline-kind", "yearly", "--format", "none");

        assertThat(code).isZero();
        assertThat(csv("short", "emerging.csv")).isEmpty();
        assertThat(stdout.toString()).contains("Note: emerging.csv has no verdicts: the yearly baseline needs requests "
                + "from the same month at least one year before").contains("--baseline-kind recent");

        StringWriter full = new StringWriter();
        CivicThemesCli.run(new PrintWriter(full, true), new PrintWriter(err, true), "analyze", export.toString(),
                "--out", dir.resolve("long").toString(), "--k", "8", "--seed", "3", "--baseline-kind", "yearly",
                "--format", "none");
        assertThat(csv("long", "emerging.csv")).isNotEmpty();
        assertThat(full.toString()).doesNotContain("Note:");
    }

    @Test
    void weeklyTrendsAndTheLatestWeekAgainstTheSameWeekOfEarlierYears() throws Exception {
        assertThat(run("week", "--period", "week")).isZero();

        List<CSVRecord> trends = csv("week", "trends.csv");
        assertThat(trends).allSatisfy(r -> assertThat(r.get("period")).matches("20\\d\\d-W\\d\\d"));
        // 2023-01-01 is a Sunday, the last day of ISO week 2022-W52; 2025-09-30 is in 2025-W40
        assertThat(trends.stream().map(r -> r.get("period")).distinct().toList()).hasSize(1 + 52 + 52 + 40)
                .startsWith("2022-W52", "2023-W01").endsWith("2025-W40");
        assertThat(trends.stream().mapToLong(r -> Long.parseLong(r.get("count"))).sum())
                .isEqualTo(json("week", "themes.json").get("requests").asLong());
        List<CSVRecord> emerging = csv("week", "emerging.csv");
        assertThat(emerging).hasSize(10).allSatisfy(r -> {
            assertThat(r.get("baseline")).isEqualTo("earlier_years");
            assertThat(r.get("from")).isEqualTo("2025-09-29");
            assertThat(r.get("to")).isEqualTo("2025-09-30");
            assertThat(r.get("baseline_days")).isEqualTo("2024-09-30..2024-10-01; 2023-10-02..2023-10-03");
            assertThat(r.get("other_baseline")).isEqualTo("recent");
        });
        assertThat(json("week", "import-report.json").get("options").get("period").asText()).isEqualTo("week");
    }

    @Test
    void dailyPeriodsAgainstAChosenNumberOfRecentDays() throws Exception {
        assertThat(run("day", "--period", "day", "--baseline", "14", "--baseline-kind", "recent")).isZero();

        assertThat(csv("day", "trends.csv")).allSatisfy(r -> assertThat(r.get("period")).matches("\\d{4}-\\d\\d-\\d\\d"));
        List<CSVRecord> emerging = csv("day", "emerging.csv");
        assertThat(emerging).isNotEmpty().allSatisfy(r -> {
            assertThat(r.get("baseline")).isEqualTo("recent");
            assertThat(r.get("baseline_days")).isEqualTo("2025-09-16..2025-09-29");
            assertThat(r.get("from")).isEqualTo("2025-09-30");
        });
        JsonNode options = json("day", "import-report.json").get("options");
        assertThat(options.get("baselinePeriods").asInt()).isEqualTo(14);
        assertThat(options.get("baseline").asText()).isEqualTo("recent");
    }

    @Test
    void theMonthlyDefaultStatesItsBaselineAndQValues() throws Exception {
        assertThat(run("month")).isZero();

        List<CSVRecord> emerging = csv("month", "emerging.csv");
        assertThat(emerging.get(0).get("baseline")).isEqualTo("earlier_years");
        assertThat(emerging.get(0).get("baseline_days")).isEqualTo("2024-09-01..2024-09-30; 2023-09-01..2023-09-30");
        for (CSVRecord r : emerging) {
            if (!r.get("q_value").isEmpty()) {
                assertThat(Double.parseDouble(r.get("q_value"))).isGreaterThanOrEqualTo(Double.parseDouble(r.get("p_value")));
            }
            if (!r.get("verdict").equals("steady")) {
                assertThat(Double.parseDouble(r.get("q_value"))).isLessThan(0.01);
            }
        }
        assertThat(csv("month", "seasonality.csv")).allSatisfy(r -> assertThat(r.get("patterned"))
                .isEqualTo(String.valueOf(!r.get("q_value").isEmpty() && Double.parseDouble(r.get("q_value")) < 0.01
                        && (!r.get("cycle").equals("month_of_year") || Integer.parseInt(r.get("years_with_peak")) >= 2))));
    }

    @Test
    void crossTabsByARoleAndByAColumnLetter() throws Exception {
        // columns: A Request ID, B Created Date, C Closed Date, D Status, E Request Type, F Description, G Address,
        // H Council District, I Latitude, J Longitude, K Source
        assertThat(run("tabs", "--crosstab", "status", "--crosstab", "k", "--crosstab", "Council District")).isZero();

        JsonNode report = json("tabs", "import-report.json");
        for (String column : List.of("category", "district", "status", "channel")) {
            List<CSVRecord> tab = csv("tabs", "crosstab-" + column + ".csv");
            assertThat(tab.stream().mapToLong(r -> Long.parseLong(r.get("count"))).sum()).as(column)
                    .isEqualTo(report.get("rowsImported").asLong());
            assertThat(tab.get(0).isMapped(column)).isTrue();
        }
        Map<String, Long> byStatus = new HashMap<>();
        csv("tabs", "crosstab-status.csv").forEach(r -> byStatus.merge(r.get("status"), Long.parseLong(r.get("count")),
                Long::sum));
        assertThat(byStatus).containsOnlyKeys("Open", "In Progress", "Closed", "Duplicate");
        assertThat(Files.list(dir.resolve("tabs")).filter(p -> p.getFileName().toString().startsWith("crosstab-")))
                .hasSize(4);
    }

    @Test
    void aColumnTheImportDoesNotKeepCannotBeCrossTabbed() throws Exception {
        Path small = Files.writeString(dir.resolve("small.csv"), String.join("\r\n",
                "Request ID,Created Date,Request Type,Description,Priority",
                "R-1,2024-03-05T10:00:00,Pothole,Deep pothole in front of the school on Elm,High",
                "R-2,2024-04-06T11:00:00,Graffiti,Tagging on the library wall again,Low", ""));
        StringWriter out = new StringWriter();

        int code = CivicThemesCli.run(new PrintWriter(out, true), new PrintWriter(err, true), "analyze",
                small.toString(), "--out", dir.resolve("small").toString(), "--crosstab", "Priority");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("Column 'Priority' of small.csv is not kept by the import")
                .contains("category ('Request Type')").contains("--column status=Priority");
        assertThat(run("desc", "--crosstab", "Description")).isEqualTo(2);
        assertThat(err.toString()).contains("Column 'Description' of riverton-3000.csv is read as request text");
        assertThat(run("none", "--crosstab", "Ward")).isEqualTo(2);
        assertThat(err.toString()).contains("There is no column 'Ward' in riverton-3000.csv");
    }

    @Test
    void themesFromAllRequestsAreCountedInTheRange() throws Exception {
        assertThat(run("all")).isZero();
        assertThat(run("all-2024", "--themes-from", "all", "--from", "2024-01-01", "--to", "2024-12-31")).isZero();
        assertThat(run("range-2024", "--from", "2024-01-01", "--to", "2024-12-31")).isZero();

        JsonNode all = json("all", "themes.json");
        JsonNode allIn2024 = json("all-2024", "themes.json");
        JsonNode foundIn2024 = json("range-2024", "themes.json");
        assertThat(allIn2024.get("themes").findValuesAsText("label")).isEqualTo(all.get("themes").findValuesAsText("label"));
        assertThat(foundIn2024.get("requests").asLong()).isEqualTo(allIn2024.get("requests").asLong())
                .isEqualTo(json("all-2024", "import-report.json").get("requestsInRange").asLong());
        long sizes = allIn2024.get("unclear").get("size").asLong() + allIn2024.get("noDescription").get("size").asLong();
        for (JsonNode theme : allIn2024.get("themes")) {
            sizes += theme.get("size").asLong();
        }
        assertThat(sizes).isEqualTo(allIn2024.get("requests").asLong());
        Map<String, Long> perTheme2024 = new HashMap<>();
        csv("all-2024", "trends.csv").forEach(r -> {
            assertThat(r.get("period")).startsWith("2024-");
            perTheme2024.merge(r.get("theme_id"), Long.parseLong(r.get("count")), Long::sum);
        });
        for (JsonNode theme : allIn2024.get("themes")) {
            assertThat(perTheme2024.get(theme.get("id").asText())).isEqualTo(theme.get("size").asLong());
        }
        Map<String, Long> assigned = new HashMap<>();
        csv("all", "assignments.csv").forEach(r -> assigned.merge(r.get("theme_id"), 1L, Long::sum));
        assertThat(allIn2024.get("themes").get(0).get("size").asLong())
                .isLessThan(assigned.get(all.get("themes").get(0).get("id").asText()));
    }

    @Test
    void badTimeChoicesAreBadInput() {
        assertThat(run("bad", "--period", "fortnight")).isEqualTo(2);
        assertThat(err.toString()).contains("The period is day, week or month, not 'fortnight'.");
        assertThat(run("bad", "--baseline", "0")).isEqualTo(2);
        assertThat(err.toString()).contains("The baseline is 1 to 120 periods before the latest one: 0");
        assertThat(run("bad", "--baseline-kind", "seasonal")).isEqualTo(2);
        assertThat(err.toString()).contains("The baseline is auto, recent or yearly, not 'seasonal'.");
        assertThat(run("bad", "--themes-from", "everything")).isEqualTo(2);
        assertThat(err.toString()).contains("The themes-from is range or all, not 'everything'.");
    }

    @Test
    void helpNamesTheTimeOptions() {
        StringWriter out = new StringWriter();
        CivicThemesCli.run(new PrintWriter(out, true), new PrintWriter(err, true), "analyze", "--help");
        assertThat(out.toString()).contains("--period", "--baseline", "--baseline-kind", "--crosstab", "--themes-from");
    }
}
