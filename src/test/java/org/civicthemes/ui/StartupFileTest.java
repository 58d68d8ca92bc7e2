package org.civicthemes.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 15, item 2: what the window opens at start (empty: the sample). */
class StartupFileTest {

    @Test
    void theFileGivenOnTheCommandLineOpens() {
        assertThat(WorkbenchApp.startupFile(null, List.of("exports/newport.csv")))
                .contains(Path.of("exports/newport.csv"));
        assertThat(WorkbenchApp.startupFile("", List.of("my work.civicthemes"))).contains(Path.of("my work.civicthemes"));
    }

    @Test
    void theSystemPropertyWinsAndNothingGivenMeansTheSample() {
        assertThat(WorkbenchApp.startupFile("a.xlsx", List.of("b.csv"))).contains(Path.of("a.xlsx"));
        assertThat(WorkbenchApp.startupFile(null, List.of())).isEmpty();
        assertThat(WorkbenchApp.startupFile(" ", List.of())).isEmpty();
    }
}
