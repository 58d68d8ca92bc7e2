package org.civicthemes.io.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class DateTimePoolTest {

    @Test
    void equalDaysAndTimesShareTheirParts() {
        DateTimePool pool = new DateTimePool();
        LocalDateTime a = pool.share(LocalDateTime.of(2024, 7, 4, 21, 30));
        LocalDateTime b = pool.share(LocalDateTime.of(2024, 7, 4, 9, 15));
        LocalDateTime c = pool.share(LocalDateTime.of(2023, 1, 2, 21, 30));
        assertThat(a).isEqualTo(LocalDateTime.of(2024, 7, 4, 21, 30));
        assertThat(b).isEqualTo(LocalDateTime.of(2024, 7, 4, 9, 15));
        assertThat(c).isEqualTo(LocalDateTime.of(2023, 1, 2, 21, 30));
        assertThat(b.toLocalDate()).isSameAs(a.toLocalDate());
        assertThat(c.toLocalTime()).isSameAs(a.toLocalTime());
        assertThat(pool.share(null)).isNull();
    }

    @Test
    void aDaySeenBeforeTheLastOneAndTimesWithFractionsAreSharedToo() {
        DateTimePool pool = new DateTimePool();
        LocalDateTime first = pool.share(LocalDateTime.of(2024, 7, 4, 21, 30, 5, 250_000_000));
        pool.share(LocalDateTime.of(2024, 7, 5, 8, 0));
        LocalDateTime again = pool.share(LocalDateTime.of(2024, 7, 4, 21, 30, 5, 250_000_000));
        assertThat(again).isEqualTo(LocalDateTime.of(2024, 7, 4, 21, 30, 5, 250_000_000));
        assertThat(again.toLocalDate()).isSameAs(first.toLocalDate());
        assertThat(again.toLocalTime()).isSameAs(first.toLocalTime());
        LocalDateTime other = pool.share(LocalDateTime.of(2024, 7, 4, 21, 30, 5));
        assertThat(other.toLocalTime()).isNotEqualTo(first.toLocalTime());
    }
}
