package org.civicthemes.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * On the bundled sample, grouped by request type: the planted e-scooter surge of the last two months is
 * emerging, steady types are not flagged.
 */
class EmergingThemesTest {

    private static SampleByType sample;
    private static ThemeDayCounts counts;

    @BeforeAll
    static void groupTheSampleByType() throws Exception {
        sample = SampleByType.load();
        counts = ThemeDayCounts.of(sample.dataset, sample.run);
    }

    private static TrendVerdict verdictOf(List<TrendVerdict> verdicts, String type) {
        int group = sample.groupOf(type);
        return verdicts.stream().filter(v -> v.group() == group).findFirst().orElseThrow();
    }

    @Test
    void theScooterSurgeIsEmergingInTheLastMonth() {
        List<TrendVerdict> verdicts = EmergingThemes.find(counts, Period.MONTH, 6);

        TrendVerdict scooters = verdictOf(verdicts, "Scooter / E-Bike Complaint");
        assertThat(scooters.direction()).isEqualTo(TrendVerdict.Direction.EMERGING);
        assertThat(scooters.from()).isEqualTo(java.time.LocalDate.of(2025, 9, 1));
        assertThat(scooters.ratio()).isGreaterThan(3);
        assertThat(verdicts.get(0).direction()).isNotEqualTo(TrendVerdict.Direction.STEADY);
    }

    @Test
    void steadyTypesAreNotFlagged() {
        List<TrendVerdict> verdicts = EmergingThemes.find(counts, Period.MONTH, 6);

        for (String steady : List.of("Graffiti Removal", "Pothole", "Streetlight Out", "Illegal Dumping")) {
            assertThat(verdictOf(verdicts, steady).direction()).as(steady).isEqualTo(TrendVerdict.Direction.STEADY);
        }
    }

    @Test
    void theCountsBehindEachVerdictAddUp() {
        List<TrendVerdict> verdicts = EmergingThemes.find(counts, Period.MONTH, 6);

        long latest = verdicts.stream().mapToLong(TrendVerdict::latest).sum();
        long inSeptember = sample.dataset.requests().stream().filter(r -> r.created() != null
                && !r.created().toLocalDate().isBefore(java.time.LocalDate.of(2025, 9, 1))).count();
        assertThat(latest).isEqualTo(inSeptember);
        assertThat(verdicts).allSatisfy(v -> assertThat(v.pValue()).isBetween(0.0, 1.0));
    }
}
