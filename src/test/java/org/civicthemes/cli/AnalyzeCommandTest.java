package org.civicthemes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.civicthemes.workflow.TextChoices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalyzeCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return CivicThemesCli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    private Path csv() throws Exception {
        return Files.writeString(dir.resolve("requests.csv"), String.join("\r\n",
                "Request ID,Created Date,Request Type,Description,Council District",
                "R-1,2024-03-05T10:00:00,Pothole,Deep pothole in front of the school on Elm,District 1",
                "",
                "R-2,2024-04-06T11:00:00,Graffiti,Tagging on the library wall again,District 2",
                "R-3,2024-05-07T12:00:00,Other,,District 2",
                ""));
    }

    @Test
    void writesTheImportReport() throws Exception {
        Path outDir = dir.resolve("out");

        int code = run("analyze", csv().toString(), "--out", outDir.toString(), "--k", "5", "--seed", "7");

        assertThat(code).isZero();
        JsonNode report = new ObjectMapper().readTree(outDir.resolve("import-report.json").toFile());
        assertThat(report.get("rowsRead").asInt()).isEqualTo(4);
        assertThat(report.get("rowsImported").asInt()).isEqualTo(3);
        assertThat(report.get("rowsSkipped").asInt()).isEqualTo(1);
        assertThat(report.get("skipped").get(0).get("row").asInt()).isEqualTo(3);
        assertThat(report.get("skipped").get(0).get("reason").asText()).isEqualTo("blank line");
        assertThat(report.get("rowsWithoutText").asInt()).isEqualTo(1);
        assertThat(report.get("warnings").get(0).get("row").asInt()).isEqualTo(5);
        assertThat(report.get("columns").findValuesAsText("role")).contains("request_text", "created_date", "category");
        assertThat(report.get("options").get("k").asText()).isEqualTo("5");
        assertThat(report.get("options").get("seed").asLong()).isEqualTo(7);
        assertThat(out.toString()).contains("requests.csv: 4 rows read, 3 imported, 1 skipped");
    }

    @Test
    void theSameInputGivesTheSameReportBytes() throws Exception {
        Path input = csv();
        run("analyze", input.toString(), "--out", dir.resolve("a").toString());
        run("analyze", input.toString(), "--out", dir.resolve("b").toString());

        assertThat(Files.readAllBytes(dir.resolve("a/import-report.json")))
                .isEqualTo(Files.readAllBytes(dir.resolve("b/import-report.json")));
    }

    @Test
    void countsRequestsInTheDateRange() throws Exception {
        int code = run("analyze", csv().toString(), "--out", dir.resolve("o").toString(),
                "--from", "2024-04-01", "--to", "2024-05-31");

        assertThat(code).isZero();
        assertThat(out.toString()).contains("2 requests created from 2024-04-01 to 2024-05-31.");
    }

    @Test
    void badInputExitsWithTwoAndOneLine() throws Exception {
        Path empty = Files.write(dir.resolve("empty.xlsx"), new byte[0]);

        int code = run("analyze", empty.toString(), "--out", dir.resolve("o").toString());

        assertThat(code).isEqualTo(2);
        assertThat(err.toString().strip()).isEqualTo(
                "civic-themes: empty.xlsx is empty (0 bytes). Export the requests again and open the new file.");
    }

    @Test
    void anUnknownColumnIsBadInput() throws Exception {
        int code = run("analyze", csv().toString(), "--out", dir.resolve("o").toString(), "--text", "Details");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("There is no column 'Details' in requests.csv");
    }

    @Test
    void badOptionValuesAreBadInput() throws Exception {
        assertThat(run("analyze", csv().toString(), "--out", dir.resolve("o").toString(), "--k", "1")).isEqualTo(2);
        assertThat(err.toString()).contains("The number of themes must be from 2 to 200, or auto: 1");
        assertThat(run("analyze", csv().toString(), "--out", dir.resolve("o").toString(), "--from", "2024-13-01"))
                .isEqualTo(2);
        assertThat(run("analyze", csv().toString())).isEqualTo(2);
        assertThat(err.toString()).contains("Missing required option: '--out=DIR'");
    }

    @Test
    void helpExplainsEveryOption() {
        assertThat(run("analyze", "--help")).isZero();
        assertThat(out.toString()).contains("--out", "--sheet", "--text", "--date", "--category", "--k", "--seed",
                "--from", "--to", "--column", "--header-row", "Exit codes");
    }

    @Test
    void keepHelpNamesEveryKindOfPersonalData() {
        assertThat(run("analyze", "--help")).isZero();
        String help = out.toString().replaceAll("\\s+", " ");
        int start = help.indexOf("Personal data NOT to redact");
        String keep = help.substring(start, help.indexOf(".", start));
        assertThat(keep).contains(TextChoices.personalDataKinds().keySet().stream().map(k -> " " + k)
                .toArray(String[]::new));
    }

    @Test
    void inspectShowsTheColumnRoles() throws Exception {
        assertThat(run("inspect", csv().toString())).isZero();
        assertThat(out.toString()).contains("Column roles:").contains("request_text").contains("Description");
    }
}
