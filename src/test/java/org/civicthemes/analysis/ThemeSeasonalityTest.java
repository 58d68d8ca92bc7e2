package org.civicthemes.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.civicthemes.testdata.SampleByType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every theme's profiles on the bundled sample grouped by request type, with q-values adjusted across all of them:
 * the planted patterns are still found, a flat type is not, and a profile that only a single test would call a
 * pattern is not called one.
 */
class ThemeSeasonalityTest {

    private static SampleByType sample;
    private static List<ThemeSeasonality.ThemeProfiles> profiles;

    @BeforeAll
    static void profileTheSampleByType() throws Exception {
        sample = SampleByType.load();
        profiles = ThemeSeasonality.of(sample.dataset(), sample.run());
    }

    private static CycleProfile profile(String type, Cycle cycle) {
        return profiles.get(sample.themeOf(type)).profiles().get(cycle.ordinal());
    }

    @Test
    void thePlantedPatternsAreFoundAfterTheAdjustment() {
        assertThat(profile("Fireworks", Cycle.MONTH_OF_YEAR).patterned()).isTrue();
        assertThat(profile("Fireworks", Cycle.MONTH_OF_YEAR).peakBin()).isEqualTo(6);
        assertThat(profile("Storm Drain / Flooding", Cycle.MONTH_OF_YEAR).patterned()).isTrue();
        assertThat(profile("Overgrown Vegetation / Weeds", Cycle.MONTH_OF_YEAR).patterned()).isTrue();
        assertThat(profile("Utility Billing Question", Cycle.DAY_OF_MONTH).patterned()).isTrue();
        assertThat(profile("Bulk Item Pickup", Cycle.DAY_OF_MONTH).patterned()).isTrue();
        assertThat(profile("Noise Complaint", Cycle.DAY_OF_WEEK).patterned()).isTrue();
        assertThat(profile("Noise Complaint", Cycle.HOUR_OF_DAY).patterned()).isTrue();
    }

    @Test
    void aFlatTypeHasNoPattern() {
        for (Cycle cycle : Cycle.values()) {
            assertThat(profile("Graffiti Removal", cycle).patterned()).as("graffiti, %s", cycle).isFalse();
        }
    }

    @Test
    void qValuesAreAdjustedAcrossAllProfiles() {
        List<CycleProfile> all = profiles.stream().flatMap(t -> t.profiles().stream()).toList();
        List<CycleProfile> tested = all.stream().filter(CycleProfile::tested).toList();

        assertThat(tested.size()).isGreaterThan(100);
        assertThat(tested).allSatisfy(p -> assertThat(p.qValue()).isGreaterThanOrEqualTo(p.pValue()));
        assertThat(all.stream().filter(p -> !p.tested())).allSatisfy(p -> {
            assertThat(p.qValue()).isNaN();
            assertThat(p.patterned()).isFalse();
        });
        assertThat(tested).as("some profile below p = 0.01 alone is not a pattern among so many tests")
                .anyMatch(p -> p.pValue() < FalseDiscovery.RATE && !p.patterned());
    }
}
