package org.civicthemes.analysis;

import java.time.LocalDate;

/**
 * Requests of one group in one period.
 *
 * @param group  the group index of {@link ThemeDayCounts} (themes, then Unclear, then No description)
 * @param start  the first day of the period
 * @param period how the period is written ("2025-07", "2025-W27")
 * @param count  requests of the group created in the period (within the range asked for)
 * @param share  the group's share of all requests of the period (0 when the period has none)
 */
public record TrendPoint(int group, LocalDate start, String period, long count, double share) {
}
