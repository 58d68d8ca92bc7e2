package org.civicthemes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The command line runs in its own JVM without loading a single JavaFX class. */
class HeadlessLaunchTest {

    @Test
    void aSubCommandNeverLoadsJavaFx() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(List.of(java, "-verbose:class", "-cp", System.getProperty("java.class.path"),
                "org.civicthemes.Launcher", "analyze", "--help"))
                .redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(p.exitValue()).isZero();
        assertThat(output).contains("Usage: civic-themes analyze");
        assertThat(output).contains("org.civicthemes.cli.AnalyzeCommand").doesNotContain("javafx.");
    }
}
