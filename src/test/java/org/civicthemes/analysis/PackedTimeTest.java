package org.civicthemes.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class PackedTimeTest {

    @Test
    void packedTimesFallInTheSameBinsYearsAndTimeOfDayAsTheTimesThemselves() {
        LocalDateTime t = LocalDateTime.of(1999, 12, 31, 23, 59, 59);
        LocalDateTime end = LocalDateTime.of(2031, 3, 1, 0, 0);
        int checked = 0;
        while (t.isBefore(end)) {
            long packed = PackedTime.of(t);
            for (Cycle cycle : Cycle.values()) {
                assertThat(PackedTime.bin(packed, cycle)).as("%s %s", t, cycle).isEqualTo(cycle.binOf(t));
            }
            assertThat(PackedTime.year(packed)).isEqualTo(t.getYear());
            assertThat(PackedTime.hasTimeOfDay(packed)).isEqualTo(t.getHour() != 0 || t.getMinute() != 0);
            t = t.plusMinutes(7919); // a prime step: every hour, weekday and day of month comes round
            checked++;
        }
        assertThat(checked).isGreaterThan(2000);
        assertThat(PackedTime.hasTimeOfDay(PackedTime.of(LocalDateTime.of(2024, 2, 29, 0, 0)))).isFalse();
        assertThat(PackedTime.hasTimeOfDay(PackedTime.of(LocalDateTime.of(2024, 2, 29, 0, 1)))).isTrue();
    }
}
