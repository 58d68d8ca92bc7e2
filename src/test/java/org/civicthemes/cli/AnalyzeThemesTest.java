package org.civicthemes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.civicthemes.model.KChoiceRange;
import org.civicthemes.model.KScore;
import org.civicthemes.progress.CancellationToken;
import org.civicthemes.progress.ProgressListener;
import org.civicthemes.workflow.SampleDataService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code analyze} on a generated export: themes.json and assignments.csv agree with each other and the import. */
class AnalyzeThemesTest {

    @TempDir
    static Path dir;
    static Path export;

    @BeforeAll
    static void generateAnExport() throws Exception {
        export = dir.resolve("riverton-3000.csv");
        new SampleDataService().write(export, 3000, 311, null, null, ProgressListener.NONE, CancellationToken.NEVER);
    }

    private static int run(String... args) {
        return CivicThemesCli.run(new PrintWriter(new StringWriter(), true), new PrintWriter(new StringWriter(), true),
                args);
    }

    @Test
    void writesThemesAndOneAssignmentPerImportedRequest() throws Exception {
        Path out = dir.resolve("run");
        assertThat(run("analyze", export.toString(), "--out", out.toString(), "--k", "12", "--seed", "5")).isZero();

        JsonNode themes = new ObjectMapper().readTree(out.resolve("themes.json").toFile());
        JsonNode report = new ObjectMapper().readTree(out.resolve("import-report.json").toFile());
        assertThat(themes.get("options").get("k").asText()).isEqualTo("12");
        assertThat(themes.get("options").get("seed").asLong()).isEqualTo(5);
        assertThat(themes.get("themes")).hasSize(12);
        int total = themes.get("unclear").get("size").asInt() + themes.get("noDescription").get("size").asInt();
        for (JsonNode theme : themes.get("themes")) {
            total += theme.get("size").asInt();
            assertThat(theme.get("label").asText()).isNotBlank().doesNotContainPattern("^\\d+$");
            assertThat(theme.get("examples")).hasSizeBetween(1, 5);
            assertThat(theme.get("topTerms").size()).isPositive();
        }
        assertThat(total).isEqualTo(report.get("rowsImported").asInt());

        List<String> lines = Files.readAllLines(out.resolve("assignments.csv"));
        assertThat(lines.get(0)).isEqualTo("row,theme_id,theme_label");
        assertThat(lines).hasSize(report.get("rowsImported").asInt() + 1);
        Map<String, Integer> sizes = new HashMap<>();
        Set<Integer> rows = new HashSet<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", 3);
            rows.add(Integer.parseInt(f[0]));
            sizes.merge(f[1], 1, Integer::sum);
        }
        assertThat(rows).hasSize(lines.size() - 1).allSatisfy(r -> assertThat(r).isBetween(2, 3001));
        for (JsonNode theme : themes.get("themes")) {
            assertThat(sizes.get(theme.get("id").asText())).isEqualTo(theme.get("size").asInt());
        }
        assertThat(sizes.getOrDefault("-1", 0)).isEqualTo(themes.get("noDescription").get("size").asInt());
        assertThat(sizes.getOrDefault("0", 0)).isEqualTo(themes.get("unclear").get("size").asInt());
    }

    @Test
    void anAutomaticChoiceSaysWhichNumbersOfThemesFitNearlyAsWell() throws Exception {
        Path out = dir.resolve("auto");
        StringWriter console = new StringWriter();
        int code = CivicThemesCli.run(new PrintWriter(console, true), new PrintWriter(new StringWriter(), true),
                "analyze", export.toString(), "--out", out.toString(), "--k", "auto", "--format", "none");
        assertThat(code).isZero();

        JsonNode json = new ObjectMapper().readTree(out.resolve("themes.json").toFile());
        List<KScore> scores = new ArrayList<>();
        json.get("kScores").forEach(s -> scores.add(new KScore(s.get("k").asInt(), s.get("score").asDouble())));
        KChoiceRange range = KChoiceRange.of(scores).orElseThrow();
        assertThat(json.get("themes")).hasSize(range.chosen());
        String printed = "(" + range.describe() + " themes fit nearly as well";
        if (range.hasAlternatives()) {
            assertThat(console.toString()).contains(range.chosen() + " themes (chosen automatically", printed);
        } else {
            assertThat(console.toString()).doesNotContain("fit nearly as well");
        }
    }

    @Test
    void theSameSeedGivesByteIdenticalOutput() throws Exception {
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        run("analyze", export.toString(), "--out", a.toString(), "--k", "8", "--seed", "9");
        run("analyze", export.toString(), "--out", b.toString(), "--k", "8", "--seed", "9");

        for (String file : List.of("themes.json", "assignments.csv", "import-report.json", "trends.csv",
                "seasonality.csv", "emerging.csv", "faq.csv", "crosstab-category.csv", "crosstab-district.csv")) {
            assertThat(Files.readAllBytes(a.resolve(file))).as(file).isEqualTo(Files.readAllBytes(b.resolve(file)));
        }
    }

    @Test
    void aDateRangeGroupsOnlyTheRequestsInIt() throws Exception {
        Path out = dir.resolve("range");
        assertThat(run("analyze", export.toString(), "--out", out.toString(), "--k", "6",
                "--from", "2024-01-01", "--to", "2024-12-31")).isZero();

        JsonNode themes = new ObjectMapper().readTree(out.resolve("themes.json").toFile());
        JsonNode report = new ObjectMapper().readTree(out.resolve("import-report.json").toFile());
        assertThat(themes.get("requests").asInt()).isEqualTo(report.get("requestsInRange").asInt());
        assertThat(themes.get("requests").asInt()).isBetween(500, 1500);
        long monthly = Files.readAllLines(out.resolve("trends.csv")).stream().skip(1)
                .mapToLong(l -> Long.parseLong(l.split(",")[l.split(",").length - 2])).sum();
        assertThat(monthly).as("every grouped request is in one month of trends.csv").isEqualTo(themes.get("requests").asInt());
        assertThat(Files.readAllLines(out.resolve("trends.csv")).stream().skip(1).map(l -> l.split(",")[l.split(",").length - 3])
                .distinct()).hasSize(12).allSatisfy(p -> assertThat(p).startsWith("2024-"));
        long outside = Files.readAllLines(out.resolve("assignments.csv")).stream()
                .filter(l -> l.endsWith(",,(outside the date range)")).count();
        assertThat(outside + themes.get("requests").asInt()).isEqualTo(report.get("rowsImported").asInt());
    }

    @Test
    void personalDataIsRedactedUnlessKeptAndStopwordsCanBeAdded() throws Exception {
        Path plain = dir.resolve("plain");
        Path kept = dir.resolve("kept");
        assertThat(run("analyze", export.toString(), "--out", plain.toString(), "--k", "10")).isZero();
        assertThat(run("analyze", export.toString(), "--out", kept.toString(), "--k", "10", "--keep", "phone,email",
                "--stopwords", "pothole,potholes,graffiti")).isZero();

        JsonNode before = new ObjectMapper().readTree(plain.resolve("themes.json").toFile());
        JsonNode after = new ObjectMapper().readTree(kept.resolve("themes.json").toFile());
        assertThat(before.get("redactions").path("phone").asLong()).isPositive();
        assertThat(before.get("redactions").path("email").asLong()).isPositive();
        assertThat(after.get("redactions").path("phone").asLong()).isZero();
        assertThat(after.get("redactions").path("email").asLong()).isZero();
        assertThat(after.get("redactions").path("street_number").asLong()).isPositive();
        assertThat(before.get("themes").findValuesAsText("term")).contains("pothole", "graffiti");
        assertThat(after.get("themes").findValuesAsText("term")).doesNotContain("pothole", "potholes", "graffiti");
    }

    @Test
    void anUnknownKindOfPersonalDataIsBadInput() {
        StringWriter err = new StringWriter();
        int code = CivicThemesCli.run(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true),
                "analyze", export.toString(), "--out", dir.resolve("x").toString(), "--keep", "names");
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("Unknown kind of personal data 'names'. Kinds: phone, email");
    }

    @Test
    void meaningIsOnByDefaultAndOffOnRequestAndThemesJsonSaysWhich() throws Exception {
        Path on = dir.resolve("meaning-on");
        Path off = dir.resolve("meaning-off");
        assertThat(run("analyze", export.toString(), "--out", on.toString(), "--k", "8", "--format", "none")).isZero();
        assertThat(run("analyze", export.toString(), "--out", off.toString(), "--k", "8", "--format", "none",
                "--meaning", "off")).isZero();
        JsonNode byMeaning = new ObjectMapper().readTree(on.resolve("themes.json").toFile());
        JsonNode byWords = new ObjectMapper().readTree(off.resolve("themes.json").toFile());
        assertThat(byMeaning.get("options").get("meaning").asText()).isEqualTo("on");
        assertThat(byMeaning.get("meaning").get("status").asText()).isEqualTo("on");
        assertThat(byMeaning.get("meaning").get("model").asText()).isEqualTo("all-MiniLM-L6-v2");
        assertThat(byMeaning.get("meaning").get("requestsRead").asInt()).isGreaterThan(2000);
        assertThat(byWords.get("options").get("meaning").asText()).isEqualTo("off");
        assertThat(byWords.get("meaning").get("status").asText()).isEqualTo("off");
        assertThat(Files.readAllBytes(on.resolve("assignments.csv")))
                .isNotEqualTo(Files.readAllBytes(off.resolve("assignments.csv")));
    }

    @Test
    void meaningTakesExactlyOnOrOff() {
        StringWriter err = new StringWriter();
        int code = CivicThemesCli.run(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true),
                "analyze", export.toString(), "--out", dir.resolve("y").toString(), "--meaning", "yes");
        assertThat(code).isEqualTo(2);
        assertThat(err.toString().strip()).contains("--meaning takes on or off, not 'yes'").doesNotContain("\n");
        assertThat(Files.exists(dir.resolve("y").resolve("themes.json"))).isFalse();
    }
}
