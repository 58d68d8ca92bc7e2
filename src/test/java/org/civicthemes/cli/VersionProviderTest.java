package org.civicthemes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.civicthemes.workflow.BuildInfo;
import org.junit.jupiter.api.Test;

/** civic-themes --version prints the version of the build, the one Help > About and the exports show. */
class VersionProviderTest {

    @Test
    void versionOptionPrintsTheBuildsVersion() {
        PrintStream out = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        int code;
        try {
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            code = CivicThemesCli.run(new String[] {"--version"});
        } finally {
            System.setOut(out);
        }
        assertThat(code).isZero();
        assertThat(printed.toString(StandardCharsets.UTF_8).trim()).isEqualTo("civic-themes " + BuildInfo.version())
                .doesNotContain("development");
    }
}
