package org.civicthemes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateSampleCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return CivicThemesCli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void writesTheRowsAskedForAndNeverOverwritesWithoutForce() throws Exception {
        Path csv = dir.resolve("s.csv");

        assertThat(run("generate-sample", csv.toString(), "--rows", "50", "--seed", "3")).isZero();
        byte[] first = Files.readAllBytes(csv);
        assertThat(out.toString()).contains("Wrote 50 requests to");
        assertThat(Files.readAllLines(csv).get(0)).startsWith("Request ID,Created Date");

        assertThat(run("generate-sample", csv.toString(), "--rows", "10")).isEqualTo(2);
        assertThat(err.toString()).contains("exists already").contains("--force");
        assertThat(Files.readAllBytes(csv)).isEqualTo(first);

        assertThat(run("generate-sample", csv.toString(), "--rows", "50", "--seed", "3", "--force")).isZero();
        assertThat(Files.readAllBytes(csv)).isEqualTo(first);
    }

    @Test
    void badOptionsAreBadInput() {
        assertThat(run("generate-sample", dir.resolve("x.pdf").toString(), "--rows", "10")).isEqualTo(2);
        assertThat(run("generate-sample", dir.resolve("y.csv").toString(), "--rows", "0")).isEqualTo(2);
        assertThat(err.toString()).doesNotContain("Exception");
    }
}
