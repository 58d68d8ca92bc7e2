package org.civicthemes.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.civicthemes.io.read.SpreadsheetImporter;
import org.civicthemes.model.ImportOptions;
import org.civicthemes.model.ServiceRequest;
import org.civicthemes.progress.CancellationToken;
import org.civicthemes.progress.ProgressListener;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The planted patterns of the bundled sample (sample-data/README.md) are found, by request type, and flat
 * types are not flagged.
 */
class SeasonalityFinderTest {

    private static Map<String, List<LocalDateTime>> timesByType;
    private static LocalDate first;
    private static LocalDate last;

    @BeforeAll
    static void importTheSample() throws Exception {
        Path sample = sampleFile();
        List<ServiceRequest> requests = new SpreadsheetImporter().importFile(sample, ImportOptions.DETECT_ALL,
                ProgressListener.NONE, CancellationToken.NEVER).dataset().requests();
        timesByType = requests.stream().filter(ServiceRequest::hasCreated)
                .collect(Collectors.groupingBy(ServiceRequest::category,
                        Collectors.mapping(ServiceRequest::created, Collectors.toList())));
        first = requests.stream().filter(ServiceRequest::hasCreated).map(r -> r.created().toLocalDate())
                .min(LocalDate::compareTo).orElseThrow();
        last = requests.stream().filter(ServiceRequest::hasCreated).map(r -> r.created().toLocalDate())
                .max(LocalDate::compareTo).orElseThrow();
    }

    private static Path sampleFile() {
        return Path.of("sample-data", "riverton-311-requests.xlsx").toAbsolutePath();
    }

    private static CycleProfile profile(String type, Cycle cycle) {
        return SeasonalityFinder.profile(timesByType.get(type), cycle, SeasonalityFinder.calendar(cycle, first, last));
    }

    private static CycleProfile againstAll(String type, Cycle cycle) {
        List<LocalDateTime> all = timesByType.values().stream().flatMap(List::stream).toList();
        return SeasonalityFinder.profile(timesByType.get(type), cycle, SeasonalityFinder.distribution(cycle, all));
    }

    @Test
    void fireworksPeakInJulyEveryYear() {
        CycleProfile p = profile("Fireworks", Cycle.MONTH_OF_YEAR);
        assertThat(p.patterned()).isTrue();
        assertThat(p.peakBin()).isEqualTo(6);
        assertThat(p.years()).isEqualTo(3);
        assertThat(p.yearsWithPeak()).isGreaterThanOrEqualTo(2);
        assertThat(p.peakRatio()).isGreaterThan(3);
    }

    @Test
    void stormDrainsPeakInWinter() {
        CycleProfile p = profile("Storm Drain / Flooding", Cycle.MONTH_OF_YEAR);
        assertThat(p.patterned()).isTrue();
        assertThat(p.peakBin()).isIn(10, 11, 0, 1);
    }

    @Test
    void billingQuestionsComeAtTheStartOfTheMonth() {
        CycleProfile p = profile("Utility Billing Question", Cycle.DAY_OF_MONTH);
        assertThat(p.patterned()).isTrue();
        assertThat(p.peakBin()).isBetween(0, 4);
    }

    @Test
    void noiseComesOnWeekendNights() {
        assertThat(profile("Noise Complaint", Cycle.DAY_OF_WEEK).peakBin()).isIn(4, 5);
        assertThat(profile("Noise Complaint", Cycle.HOUR_OF_DAY).patterned()).isTrue();
    }

    @Test
    void aFlatTypeIsNotCalledSeasonal() {
        CycleProfile graffiti = profile("Graffiti Removal", Cycle.MONTH_OF_YEAR);
        assertThat(graffiti.patterned()).as("graffiti p=%s", graffiti.pValue()).isFalse();
        assertThat(profile("Graffiti Removal", Cycle.DAY_OF_MONTH).patterned()).isFalse();
    }

    @Test
    void tooFewRequestsAreNeverAPattern() {
        List<LocalDateTime> few = timesByType.get("Fireworks").subList(0, SeasonalityFinder.MIN_REQUESTS - 1);
        assertThat(SeasonalityFinder.profile(few, Cycle.MONTH_OF_YEAR,
                SeasonalityFinder.calendar(Cycle.MONTH_OF_YEAR, first, last)).patterned()).isFalse();
    }

    @Test
    void againstTheCitysUsualRhythmOfficeHoursAreNotAPatternButNightNoiseIs() {
        for (Cycle cycle : Cycle.values()) {
            assertThat(againstAll("Graffiti Removal", cycle).patterned()).as("graffiti, %s", cycle).isFalse();
        }
        assertThat(profile("Graffiti Removal", Cycle.HOUR_OF_DAY).patterned()).as("graffiti against the calendar")
                .isTrue();
        CycleProfile noise = againstAll("Noise Complaint", Cycle.HOUR_OF_DAY);
        assertThat(noise.patterned()).isTrue();
        assertThat(noise.peakBin()).isIn(21, 22, 23, 0, 1);
        assertThat(againstAll("Fireworks", Cycle.MONTH_OF_YEAR).peakBin()).isEqualTo(6);
        assertThat(againstAll("Utility Billing Question", Cycle.DAY_OF_MONTH).peakBin()).isBetween(0, 4);
    }
}
