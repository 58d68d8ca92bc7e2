package org.civicthemes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14, item 9: a forced run that failed after its import left its new import report beside the previous run's
 * themes and summaries. It now leaves only its own files; a run whose import fails leaves the previous results.
 */
class FailedRerunTest {

    @TempDir
    Path dir;

    private Path input() throws Exception {
        List<String> lines = new ArrayList<>(List.of("Created Date,Request Type,Description"));
        String[] topics = {"Deep pothole on Elm street near the school", "Graffiti tag painted on the library wall",
            "Streetlight out at the corner of Main and 5th"};
        for (int i = 0; i < 60; i++) {
            lines.add(String.format(Locale.ROOT, "2024-%02d-%02d 10:00,Type %d,%s %d", 1 + i % 12, 1 + i % 28, i % 3,
                    topics[i % 3], i));
        }
        return Files.write(dir.resolve("requests.csv"), lines);
    }

    private List<String> files(Path out) throws Exception {
        try (Stream<Path> s = Files.list(out)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".")).sorted().toList();
        }
    }

    @Test
    void aForcedRunThatFailsAfterItsImportLeavesNoFileOfThePreviousRun() throws Exception {
        Path input = input();
        Path out = dir.resolve("out");
        assertThat(new CliRunner().run("analyze", input.toString(), "--out", out.toString(), "--k", "3")).isZero();
        assertThat(files(out)).contains("themes.json", "trends.csv", "summary.xlsx", "crosstab-category.csv");

        CliRunner rerun = new CliRunner();
        int code = rerun.run("analyze", input.toString(), "--out", out.toString(), "--k", "3", "--force",
                "--from", "2030-01-01");

        assertThat(code).isEqualTo(2);
        assertThat(rerun.err()).contains("No request was created between 2030-01-01");
        assertThat(files(out)).containsExactly("import-report.json");
        assertThat(new ObjectMapper().readTree(out.resolve("import-report.json").toFile())
                .get("options").get("from").asText()).isEqualTo("2030-01-01");
    }

    @Test
    void aRunWhoseImportFailsLeavesThePreviousResults() throws Exception {
        Path input = input();
        Path out = dir.resolve("out");
        assertThat(new CliRunner().run("analyze", input.toString(), "--out", out.toString(), "--k", "3")).isZero();
        List<String> before = files(out);

        int code = new CliRunner().run("analyze", input.toString(), "--out", out.toString(), "--force",
                "--text", "Details");

        assertThat(code).isEqualTo(2);
        assertThat(files(out)).isEqualTo(before);
    }
}
