package org.civicthemes.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PeriodTest {

    @ParameterizedTest
    @CsvSource({
        "DAY,   2025-07-04, 2025-07-04, 2025-07-04",
        "WEEK,  2025-07-04, 2025-06-30, 2025-W27",
        "WEEK,  2021-01-02, 2020-12-28, 2020-W53",
        "MONTH, 2025-07-04, 2025-07-01, 2025-07"})
    void periodsStartAndReadAsPeopleExpect(Period period, LocalDate day, LocalDate start, String label) {
        assertThat(period.startOf(day)).isEqualTo(start);
        assertThat(period.label(period.startOf(day))).isEqualTo(label);
        assertThat(period.startOf(period.next(start).minusDays(1))).isEqualTo(start);
    }
}
