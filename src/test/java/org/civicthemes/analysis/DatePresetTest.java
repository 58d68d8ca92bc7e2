package org.civicthemes.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.civicthemes.model.DateRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatePresetTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "LAST_7_DAYS,  2025-09-24, 2025-09-30",
        "LAST_30_DAYS, 2025-09-01, 2025-09-30",
        "LAST_90_DAYS, 2025-07-03, 2025-09-30",
        "THIS_MONTH,   2025-09-01, 2025-09-30",
        "LAST_MONTH,   2025-08-01, 2025-08-31",
        "THIS_QUARTER, 2025-07-01, 2025-09-30",
        "LAST_QUARTER, 2025-04-01, 2025-06-30",
        "THIS_YEAR,    2025-01-01, 2025-09-30",
        "LAST_YEAR,    2024-01-01, 2024-12-31"})
    void rangesCountFromTheLastDayOfTheData(DatePreset preset, LocalDate from, LocalDate to) {
        assertThat(preset.rangeFor(LocalDate.of(2025, 9, 30))).isEqualTo(new DateRange(from, to));
    }

    @ParameterizedTest
    @CsvSource({"2024-03-15, 2024-02-01, 2024-02-29", "2025-01-10, 2024-12-01, 2024-12-31"})
    void lastMonthCrossesLeapYearsAndYearEnds(LocalDate lastDay, LocalDate from, LocalDate to) {
        assertThat(DatePreset.LAST_MONTH.rangeFor(lastDay)).isEqualTo(new DateRange(from, to));
    }

    @ParameterizedTest
    @CsvSource({"ALL", "LAST_30_DAYS"})
    void dataWithoutDatesMeansAllDates(DatePreset preset) {
        assertThat(preset.rangeFor(null)).isEqualTo(DateRange.ALL);
    }
}
