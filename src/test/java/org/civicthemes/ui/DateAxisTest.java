package org.civicthemes.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The trend chart's ticks fall on calendar boundaries, never more than ten. */
class DateAxisTest {

    @Test
    void aLongSpanIsMarkedEveryHalfYearFromJanuary() {
        List<LocalDate> ticks = DateAxis.ticks(LocalDate.of(2023, 1, 1), LocalDate.of(2025, 9, 1));

        assertThat(ticks).containsExactly(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 7, 1), LocalDate.of(2024, 1, 1),
                LocalDate.of(2024, 7, 1), LocalDate.of(2025, 1, 1), LocalDate.of(2025, 7, 1));
    }

    @Test
    void aYearStartingMidMonthIsMarkedFromTheNextQuarterOrMonth() {
        List<LocalDate> ticks = DateAxis.ticks(LocalDate.of(2024, 2, 12), LocalDate.of(2025, 1, 31));

        assertThat(ticks).allSatisfy(d -> assertThat(d.getDayOfMonth()).isEqualTo(1)).hasSizeBetween(3, 10);
        assertThat(ticks.get(0)).isAfterOrEqualTo(LocalDate.of(2024, 3, 1));
    }

    @Test
    void aFewWeeksAreMarkedOnMondays() {
        List<LocalDate> ticks = DateAxis.ticks(LocalDate.of(2025, 7, 3), LocalDate.of(2025, 9, 30));

        assertThat(ticks).hasSizeBetween(5, 10).allSatisfy(d -> assertThat(d.getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY));
    }

    @Test
    void aWeekIsMarkedEveryDay() {
        assertThat(DateAxis.ticks(LocalDate.of(2025, 9, 24), LocalDate.of(2025, 9, 30))).hasSize(7);
    }
}
