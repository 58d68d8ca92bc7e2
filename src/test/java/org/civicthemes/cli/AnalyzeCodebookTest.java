package org.civicthemes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code analyze --save-codebook} and {@code analyze --codebook} as an analyst runs them on the bundled sample:
 * themes learned on 2023-2024, the whole export given them; and every bad codebook refused in one line, exit code 2,
 * nothing written.
 */
class AnalyzeCodebookTest {

    private static final String SAMPLE = "sample-data/riverton-311-requests.xlsx";

    @TempDir
    static Path dir;
    static Path codebook;
    static String learnedOut;
    static int learnedCode;

    private static final class Run {
        final StringWriter out = new StringWriter();
        final StringWriter err = new StringWriter();
        final int code;

        Run(String... args) {
            code = CivicThemesCli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        }
    }

    @BeforeAll
    static void learnOnTheFirstTwoYears() {
        codebook = dir.resolve("riverton.codebook.json");
        Run run = new Run("analyze", SAMPLE, "--to", "2024-12-31", "--out", dir.resolve("learned").toString(),
                "--format", "none", "--save-codebook", codebook.toString());
        learnedCode = run.code;
        learnedOut = run.out.toString() + run.err;
    }

    @Test
    void theThemesFoundAreSavedAsACodebookWithTheirIdsAndNames() throws Exception {
        assertThat(learnedCode).as(learnedOut).isZero();
        assertThat(learnedOut).contains("Wrote " + codebook);
        JsonNode book = new ObjectMapper().readTree(codebook.toFile());
        JsonNode themes = new ObjectMapper().readTree(dir.resolve("learned/themes.json").toFile());
        assertThat(book.get("format").asText()).isEqualTo("civicthemes-codebook");
        assertThat(book.get("themes")).hasSize(themes.get("themes").size());
        for (int i = 0; i < book.get("themes").size(); i++) {
            assertThat(book.get("themes").get(i).get("id").asInt()).isEqualTo(themes.get("themes").get(i).get("id").asInt());
            assertThat(book.get("themes").get(i).get("name").asText())
                    .isEqualTo(themes.get("themes").get(i).get("label").asText());
        }
        assertThat(themes.has("codebook")).as("a run that finds themes writes themes.json as before").isFalse();
        Run again = new Run("analyze", SAMPLE, "--to", "2024-12-31", "--out", dir.resolve("again").toString(),
                "--format", "none", "--save-codebook", codebook.toString());
        assertThat(again.code).isEqualTo(2);
        assertThat(again.err.toString()).contains("riverton.codebook.json already exists").contains("--force");
        assertThat(dir.resolve("again")).doesNotExist();
    }

    @Test
    void theWholeExportGetsTheCodebooksIdsAndNamesAndSaysWhichThemesAreNew() throws Exception {
        assertThat(learnedCode).as(learnedOut).isZero();
        Path out = dir.resolve("applied");
        Run run = new Run("analyze", SAMPLE, "--out", out.toString(), "--codebook", codebook.toString());
        assertThat(run.code).as(run.err.toString()).isZero();
        assertThat(run.out.toString()).contains("themes of codebook riverton.codebook.json");
        JsonNode book = new ObjectMapper().readTree(codebook.toFile());
        JsonNode themes = new ObjectMapper().readTree(out.resolve("themes.json").toFile());
        assertThat(themes.get("codebook").get("file").asText()).isEqualTo("riverton.codebook.json");
        int known = book.get("themes").size();
        for (int i = 0; i < known; i++) {
            JsonNode theme = themes.get("themes").get(i);
            assertThat(theme.get("id").asInt()).isEqualTo(book.get("themes").get(i).get("id").asInt());
            assertThat(theme.get("label").asText()).isEqualTo(book.get("themes").get(i).get("name").asText());
            assertThat(theme.get("new").asBoolean()).isFalse();
        }
        int next = book.get("nextId").asInt();
        for (int i = known; i < themes.get("themes").size(); i++) {
            assertThat(themes.get("themes").get(i).get("new").asBoolean()).isTrue();
            assertThat(themes.get("themes").get(i).get("id").asInt()).isEqualTo(next + i - known);
        }
        JsonNode since = themes.get("sinceCodebook");
        assertThat(since.get("codebookTo").asText()).isEqualTo("2024-12-31");
        // the whole export holds the codebook's own period: before is its 2023-2024 requests, now its 2025 ones
        assertThat(since.get("basis").asText()).isEqualTo("periodInExport");
        int learnedOn = book.get("provenance").get("requests").asInt();
        assertThat(since.get("requestsBefore").asInt()).isEqualTo(learnedOn);
        assertThat(since.get("requestsNow").asInt() + since.get("requestsBefore").asInt()
                + since.get("requestsInNeither").asInt()).isEqualTo(20_000);
        assertThat(since.get("requestsNow").asInt()).as("2025's requests").isBetween(4_000, 9_000);
        assertThat(since.get("themes")).hasSize(known);
        int sumBefore = 0;
        for (int i = 0; i < known; i++) {
            JsonNode change = since.get("themes").get(i);
            JsonNode theme = themes.get("themes").get(i);
            assertThat(change.get("id").asInt()).isEqualTo(book.get("themes").get(i).get("id").asInt());
            assertThat(change.get("before").asInt() + change.get("now").asInt()).as("2023-2024 and 2025 make the "
                    + "theme").isLessThanOrEqualTo(theme.get("size").asInt());
            assertThat(change.get("changePoints").asDouble()).isCloseTo(100 * (change.get("shareNow").asDouble()
                    - change.get("shareBefore").asDouble()), org.assertj.core.data.Offset.offset(0.02));
            sumBefore += change.get("before").asInt();
        }
        assertThat(sumBefore).isLessThanOrEqualTo(learnedOn).isGreaterThan(learnedOn * 8 / 10);
        assertThat(since.get("proposed")).hasSize(themes.get("themes").size() - known);
        for (JsonNode proposed : since.get("proposed")) {
            assertThat(proposed.get("size").asInt()).isGreaterThanOrEqualTo(10);
            assertThat(proposed.get("topTerms")).isNotEmpty();
            assertThat(proposed.get("examples")).isNotEmpty();
        }
        List<String> csv = Files.readAllLines(out.resolve("themes.csv"));
        assertThat(csv.get(0)).isEqualTo("theme_id,theme_label,requests,share,change,change_requests,"
                + "change_significant,top_terms,example_rows,before,now,change_points,new");
        JsonNode firstChange = since.get("themes").get(0);
        String first = firstChange.get("id").asInt() + ",\"" + firstChange.get("name").asText() + "\",";
        assertThat(csv).anySatisfy(line -> assertThat(line).startsWith(first).endsWith(String.format(
                java.util.Locale.ROOT, ",%d,%d,%.2f,false", firstChange.get("before").asInt(),
                firstChange.get("now").asInt(), firstChange.get("changePoints").asDouble())));
        assertThat(csv).filteredOn(line -> line.endsWith(",true")).hasSize(themes.get("themes").size() - known);

        try (org.apache.poi.ss.usermodel.Workbook workbook = org.apache.poi.ss.usermodel.WorkbookFactory.create(
                out.resolve("summary.xlsx").toFile(), null, true)) {
            assertThat(workbook.getSheetName(1)).isEqualTo("Since codebook");
            org.apache.poi.ss.usermodel.Sheet sheet = workbook.getSheet("Since codebook");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("What changed since the codebook");
            assertThat(sheet.getRow(3).getCell(2).getStringCellValue()).isEqualTo("Before");
            org.apache.poi.ss.usermodel.Row row = sheet.getRow(4);
            assertThat((int) row.getCell(0).getNumericCellValue()).isEqualTo(firstChange.get("id").asInt());
            assertThat((long) row.getCell(2).getNumericCellValue()).isEqualTo(firstChange.get("before").asLong());
            assertThat((long) row.getCell(4).getNumericCellValue()).isEqualTo(firstChange.get("now").asLong());
            assertThat(row.getCell(6).getNumericCellValue()).isCloseTo(firstChange.get("changePoints").asDouble(),
                    org.assertj.core.data.Offset.offset(0.0001));
            List<String> texts = new java.util.ArrayList<>();
            sheet.forEach(r -> r.forEach(c -> texts.add(c.toString())));
            assertThat(texts).contains("Proposed new themes", "Codebook themes with no requests now");
        }
        String report = Files.readString(out.resolve("report.html"));
        assertThat(report).contains("<h2>What changed since the codebook</h2>").contains("<h3>Proposed new themes</h3>")
                .contains("<h3>Codebook themes with no requests now</h3>")
                .contains(html(firstChange.get("name").asText()));
        for (JsonNode proposed : since.get("proposed")) {
            assertThat(report).contains(html(proposed.get("name").asText())
                    + " (new)");
        }
    }

    @Test
    void aNewPeriodOnItsOwnIsComparedWithTheCodebooksOwnRun() throws Exception {
        assertThat(learnedCode).as(learnedOut).isZero();
        Path out = dir.resolve("2025");
        Run run = new Run("analyze", SAMPLE, "--from", "2025-01-01", "--out", out.toString(), "--format", "csv",
                "--codebook", codebook.toString());
        assertThat(run.code).as(run.err.toString()).isZero();
        JsonNode book = new ObjectMapper().readTree(codebook.toFile());
        JsonNode since = new ObjectMapper().readTree(out.resolve("themes.json").toFile()).get("sinceCodebook");
        assertThat(since.get("basis").asText()).as("2025 alone does not reach back into 2023-2024")
                .isEqualTo("codebookRun");
        assertThat(since.get("requestsBefore").asInt()).isEqualTo(book.get("provenance").get("requests").asInt());
        assertThat(since.get("requestsInNeither").asInt()).isZero();
        for (int i = 0; i < book.get("themes").size(); i++) {
            assertThat(since.get("themes").get(i).get("before").asInt())
                    .isEqualTo(book.get("themes").get(i).get("requests").asInt());
        }
        JsonNode themes = new ObjectMapper().readTree(out.resolve("themes.json").toFile());
        assertThat(since.get("requestsNow").asInt()).as("now: every request of 2025").isEqualTo(
                themes.get("requests").asInt()).isBetween(4_000, 9_000);
        long nowInThemes = 0;
        for (JsonNode change : since.get("themes")) {
            nowInThemes += change.get("now").asLong();
        }
        for (JsonNode proposed : since.get("proposed")) {
            nowInThemes += proposed.get("now").asLong();
        }
        assertThat(nowInThemes + themes.get("unclear").get("size").asLong()
                + themes.get("noDescription").get("size").asLong()).isEqualTo(themes.get("requests").asLong());
    }

    @Test
    void aRunFoundFromScratchHasNoSinceCodebookAnywhere() throws Exception {
        assertThat(learnedCode).as(learnedOut).isZero();
        Path learned = dir.resolve("learned");
        assertThat(new ObjectMapper().readTree(learned.resolve("themes.json").toFile()).has("sinceCodebook"))
                .isFalse();
    }

    private Run refused(String name, String json) throws Exception {
        Path bad = dir.resolve(name);
        Files.writeString(bad, json);
        Path out = dir.resolve("out-" + name);
        Run run = new Run("analyze", SAMPLE, "--out", out.toString(), "--codebook", bad.toString());
        assertThat(run.code).as(run.err.toString()).isEqualTo(2);
        assertThat(run.err.toString().strip()).startsWith("civic-themes: " + name + " ").doesNotContain("\n");
        assertThat(out).as("nothing is written").doesNotExist();
        return run;
    }

    @Test
    void badCodebooksAreRefusedInOneLineWithNothingWritten() throws Exception {
        assertThat(learnedCode).as(learnedOut).isZero();
        String json = Files.readString(codebook);
        assertThat(refused("v2.json", json.replace("\"formatVersion\" : 1", "\"formatVersion\" : 2")).err.toString())
                .contains("is a codebook of format 2");
        assertThat(refused("cut.json", json.substring(0, json.length() * 2 / 3)).err.toString())
                .contains("is damaged or cut short at line");
        assertThat(refused("twice.json", json.replace("\"id\" : 2,", "\"id\" : 1,")).err.toString())
                .contains("theme id 1 is used twice");
        int from = json.indexOf("\"themes\" : [");
        int to = json.indexOf("\"space\"");
        assertThat(refused("empty.json", json.substring(0, from) + "\"themes\" : [ ],\n  " + json.substring(to))
                .err.toString()).contains("A codebook needs at least one theme");
        String model = json.substring(json.indexOf("\"meaningModel\" : \""));
        model = model.substring(0, model.indexOf(",\n"));
        assertThat(refused("model.json", json.replace(model, "\"meaningModel\" : \"another-model\"")).err.toString())
                .contains("was changed after it was saved");
    }

    @Test
    void eachDepartmentGetsASummaryOfItsThemesOnly() throws Exception {
        assertThat(learnedCode).as(learnedOut).isZero();
        String json = Files.readString(codebook);
        Path withDepartments = dir.resolve("departments.codebook.json");
        // departments are written by hand into the file: they are outside its integrity code
        Files.writeString(withDepartments, setDepartment(setDepartment(setDepartment(json, 1, "Public Works"), 5,
                "Public Works"), 7, "Code Enforcement"));
        Path out = dir.resolve("by-department");
        Run run = new Run("analyze", SAMPLE, "--out", out.toString(), "--format", "csv,html", "--codebook",
                withDepartments.toString(), "--by-department");
        assertThat(run.code).as(run.err.toString()).isZero();
        List<String> works = Files.readAllLines(out.resolve("themes-public-works.csv"));
        assertThat(works).hasSize(3);
        assertThat(works.get(1)).startsWith("1,");
        assertThat(works.get(2)).startsWith("5,");
        assertThat(Files.readAllLines(out.resolve("themes-code-enforcement.csv"))).hasSize(2)
                .element(1).asString().startsWith("7,");
        assertThat(Files.readString(out.resolve("report-public-works.html"))).contains("The themes of Public Works: 1 ")
                .contains("Total (these themes)");
        assertThat(out.resolve("requests-code-enforcement.csv")).exists();
        String worksChanges = Files.readString(out.resolve("report-public-works.html"));
        worksChanges = worksChanges.substring(worksChanges.indexOf("<section id=\"since-codebook\">"));
        worksChanges = worksChanges.substring(0, worksChanges.indexOf("</section>"));
        assertThat(worksChanges).as("a department's report lists its themes only").contains("<td class=\"n\">5</td>")
                .doesNotContain("<td class=\"n\">7</td>").doesNotContain("(new)");
        assertThat(out.resolve("themes.csv")).as("the summary of all themes is still written").exists();
        List<String> all = Files.readAllLines(out.resolve("themes.csv"));
        assertThat(all.get(0)).endsWith(",new,department");
        assertThat(all).filteredOn(l -> l.startsWith("1,") || l.startsWith("5,")).hasSize(2)
                .allSatisfy(l -> assertThat(l).endsWith(",false,Public Works"));
        assertThat(all).filteredOn(l -> l.startsWith("7,")).singleElement().asString()
                .endsWith(",false,Code Enforcement");
        assertThat(all).filteredOn(l -> l.startsWith("2,")).singleElement().asString().endsWith(",false,");
        assertThat(Files.readString(out.resolve("themes.json"))).contains("\"department\" : \"Public Works\"");

        Path none = dir.resolve("no-departments");
        Run refused = new Run("analyze", SAMPLE, "--out", none.toString(), "--codebook", codebook.toString(),
                "--by-department");
        assertThat(refused.code).isEqualTo(2);
        assertThat(refused.err.toString()).contains("No theme of the codebook names a department");
        assertThat(none).doesNotExist();
    }

    /** A label as the report escapes it. */
    private static String html(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    @Test
    void theBriefNamesTheDepartmentOfEachEmergingThemeFromTheCodebook() throws Exception {
        assertThat(learnedCode).as(learnedOut).isZero();
        String json = Files.readString(codebook);
        java.util.regex.Matcher ids = java.util.regex.Pattern.compile("\"id\" : (\\d+),").matcher(json);
        String withDepartments = json;
        while (ids.find()) {
            withDepartments = setDepartment(withDepartments, Integer.parseInt(ids.group(1)), "Dept " + ids.group(1));
        }
        Path file = Files.writeString(dir.resolve("all-departments.codebook.json"), withDepartments);
        Path out = dir.resolve("brief");
        Run run = new Run("analyze", SAMPLE, "--out", out.toString(), "--format", "html", "--codebook",
                file.toString());
        assertThat(run.code).as(run.err.toString()).isZero();

        String brief = Files.readString(out.resolve("brief.html"));
        java.util.regex.Matcher sections = java.util.regex.Pattern.compile("<h3>[^<]*(?:<span class=\"dept\">"
                + "([^<]*)</span>)?</h3>\n<p class=\"fig\" data-theme=\"(\\d+)\"").matcher(brief);
        int shown = 0;
        while (sections.find()) {
            int id = Integer.parseInt(sections.group(2));
            boolean inCodebook = json.contains("\"id\" : " + id + ",");
            assertThat(sections.group(1)).as("theme %d", id).isEqualTo(inCodebook ? "Dept " + id : null);
            shown++;
        }
        // the sample's last month: its e-scooters, a proposed theme (in no department), emerge; BriefTest checks a
        // department shown for an emerging theme that has one
        assertThat(shown).as("emerging themes in the sample's last month").isPositive();
    }

    /** The codebook's JSON with theme {@code id}'s department set. */
    private static String setDepartment(String json, int id, String department) {
        int at = json.indexOf("\"id\" : " + id + ",");
        int field = json.indexOf("\"department\" : \"\"", at);
        return json.substring(0, field) + "\"department\" : \"" + department + "\""
                + json.substring(field + "\"department\" : \"\"".length());
    }

    @Test
    void aCodebookUsedAndSavedAgainKeepsItsThemesWithThisExportsCountsAndLeavesTheProposalsOut() throws Exception {
        assertThat(learnedCode).as(learnedOut).isZero();
        Path again = dir.resolve("again.codebook.json");
        Run run = new Run("analyze", SAMPLE, "--out", dir.resolve("both").toString(), "--format", "none",
                "--codebook", codebook.toString(), "--save-codebook", again.toString());
        assertThat(run.code).as(run.err.toString()).isZero();
        assertThat(run.out.toString()).contains("Wrote " + again);
        ObjectMapper json = new ObjectMapper();
        JsonNode before = json.readTree(codebook.toFile());
        JsonNode after = json.readTree(again.toFile());
        JsonNode themes = json.readTree(dir.resolve("both/themes.json").toFile());
        assertThat(after.get("themes")).hasSize(before.get("themes").size());
        for (int i = 0; i < before.get("themes").size(); i++) {
            JsonNode was = before.get("themes").get(i);
            JsonNode now = after.get("themes").get(i);
            assertThat(now.get("id")).isEqualTo(was.get("id"));
            assertThat(now.get("name")).isEqualTo(was.get("name"));
            assertThat(now.get("centre")).isEqualTo(was.get("centre"));
        }
        assertThat(after.get("nextId")).as("no proposed theme was accepted").isEqualTo(before.get("nextId"));
        assertThat(after.get("integrity")).as("the same themes and space").isEqualTo(before.get("integrity"));
        assertThat(after.at("/provenance/requests").asInt()).as("the whole export's requests")
                .isGreaterThan(before.at("/provenance/requests").asInt());
        assertThat(after.at("/provenance/grownFrom/codebook").asText()).isEqualTo("riverton.codebook.json");
        assertThat(themes.get("codebook").get("file").asText()).isEqualTo("riverton.codebook.json");
        Path importOnly = dir.resolve("import");
        Run refused = new Run("analyze", SAMPLE, "--out", importOnly.toString(), "--only-import",
                "--save-codebook", dir.resolve("new.json").toString());
        assertThat(refused.code).isEqualTo(2);
        assertThat(refused.err.toString()).contains("--save-codebook needs themes");
        assertThat(importOnly).doesNotExist();
    }
}
