package org.civicthemes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Issue 14, item 6: running out of memory was "internal error ... This is a bug" (exit 1) from a worker thread and
 * an uncaught stack trace on the main thread. It is one line saying what to do, exit 2.
 */
class OutOfMemoryTest {

    @TempDir
    Path dir;

    @Test
    void anExportTooLargeForTheHeapGivesOneLineOfAdviceAndExitCodeTwo() throws Exception {
        Path input = dir.resolve("large.csv");
        try (BufferedWriter out = Files.newBufferedWriter(input)) {
            out.write("Created Date,Request Type,Description\n");
            for (int i = 0; i < 150_000; i++) {
                out.write(String.format(Locale.ROOT, "2024-%02d-%02d 10:00,Type %d,Deep pothole number %d on Elm "
                        + "street near the school and the library, please send a crew soon %d\n", 1 + i % 12,
                        1 + i % 28, i % 7, i, i * 7));
            }
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(List.of(java, "-Xmx40m", "-cp", System.getProperty("java.class.path"),
                "org.civicthemes.Launcher", "analyze", input.toString(), "--out", dir.resolve("out").toString(),
                "--only-import")).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String stderr = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();

        assertThat(p.exitValue()).as(stderr).isEqualTo(2);
        assertThat(stderr.lines().toList()).singleElement().asString()
                .startsWith("civic-themes: out of memory: the data did not fit in the 40 MB the Java heap may use.")
                .contains("CIVIC_THEMES_JAVA_OPTS=-Xmx2g").contains("--from/--to").doesNotContain("bug");
    }

    @Test
    void anOutOfMemoryErrorWrappedByAWorkerThreadIsAdviceNotABug() {
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(new CivicThemesCli());
        cl.setErr(new PrintWriter(err, true));

        int code = new ErrorHandler().handleExecutionException(
                new java.util.concurrent.CompletionException(new OutOfMemoryError("Java heap space")), cl, null);

        assertThat(code).isEqualTo(CivicThemesCli.BAD_INPUT);
        assertThat(err.toString()).startsWith("civic-themes: out of memory").doesNotContain("bug");
    }

    @Test
    void theHeapLimitIsTheOneTheAnalystGave() {
        assertThat(OutOfMemoryAdvice.heapLimitBytes(List.of("-Xms16m", "-Xmx512m"), 455L << 20)).isEqualTo(512L << 20);
        assertThat(OutOfMemoryAdvice.heapLimitBytes(List.of("-Xmx1g", "-Xmx2G"), 1)).isEqualTo(2L << 30);
        assertThat(OutOfMemoryAdvice.heapLimitBytes(List.of("-XX:+UseParallelGC"), 455L << 20)).isEqualTo(455L << 20);
        assertThat(OutOfMemoryAdvice.message(512L << 20)).contains("512 MB").contains("-Xmx2g");
        assertThat(OutOfMemoryAdvice.message(2048L << 20)).contains("2,048 MB").contains("-Xmx4g");
    }
}
