package org.civicthemes.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** One version, from the build, in every place that shows it. */
class BuildInfoTest {

    @Test
    void theVersionIsTheProjectsAndTheExportsShowIt() {
        assertThat(BuildInfo.version()).isNotEqualTo(BuildInfo.UNKNOWN).matches("\\d+\\.\\d+\\.\\d+.*");
        assertThat(ExportService.version()).isEqualTo(BuildInfo.version());
    }
}
