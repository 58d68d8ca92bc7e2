package org.civicthemes.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SampleOptionsTest {

    @Test
    void defaultsAreTheBundledSample() {
        SampleOptions o = SampleOptions.defaults();
        assertEquals(20_000, o.rows());
        assertEquals(311L, o.seed());
        assertEquals(LocalDate.of(2023, 1, 1), o.start());
        assertEquals(LocalDate.of(2025, 9, 30), o.end());
        assertEquals(1004, o.days());
    }

    @Test
    void withersChangeOneThing() {
        SampleOptions o = SampleOptions.defaults().withRows(5).withSeed(7);
        assertEquals(5, o.rows());
        assertEquals(7L, o.seed());
        assertEquals(SampleOptions.DEFAULT_START, o.start());
    }

    @ParameterizedTest
    @CsvSource({
        "0, 2023-01-01, 2023-12-31, rows must be between 1 and 10000000, was 0",
        "-5, 2023-01-01, 2023-12-31, rows must be between 1 and 10000000, was -5",
        "10000001, 2023-01-01, 2023-12-31, rows must be between 1 and 10000000, was 10000001",
        "10, 2023-12-31, 2023-01-01, end date 2023-01-01 is before start date 2023-12-31",
        "10, 1900-01-01, 2023-01-01, the date range covers 44926 days; at most 11000",
    })
    void invalidOptionsSayWhatIsWrong(int rows, LocalDate start, LocalDate end, String message) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new SampleOptions(rows, 1, start, end));
        assertTrue(e.getMessage().startsWith(message), e.getMessage());
    }

    @Test
    void missingDatesAreNamed() {
        IllegalArgumentException noStart = assertThrows(IllegalArgumentException.class,
                () -> new SampleOptions(10, 1, null, LocalDate.of(2024, 1, 1)));
        assertTrue(noStart.getMessage().startsWith("start date is missing"), noStart.getMessage());
        IllegalArgumentException noEnd = assertThrows(IllegalArgumentException.class,
                () -> new SampleOptions(10, 1, LocalDate.of(2024, 1, 1), null));
        assertTrue(noEnd.getMessage().startsWith("end date is missing"), noEnd.getMessage());
    }

    @Test
    void aSingleDayIsEnough() {
        assertEquals(1, new SampleOptions(1, 1, LocalDate.of(2024, 7, 4), LocalDate.of(2024, 7, 4)).days());
    }
}
