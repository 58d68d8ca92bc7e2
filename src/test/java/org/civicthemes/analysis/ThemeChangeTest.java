package org.civicthemes.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.civicthemes.model.ColumnMapping;
import org.civicthemes.model.Dataset;
import org.civicthemes.model.DateRange;
import org.civicthemes.model.ServiceRequest;
import org.civicthemes.model.SourceFormat;
import org.civicthemes.model.SourceInfo;
import org.civicthemes.model.Theme;
import org.civicthemes.model.ThemeAssignment;
import org.civicthemes.model.ThemeGroup;
import org.civicthemes.model.ThemeOptions;
import org.civicthemes.model.ThemeRun;
import org.civicthemes.model.ThemeSet;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, item 6: a change on small counts read +13,400% or -100% with nothing beside it. The change says how many
 * requests beside the percentage, and marks with "≈" a change that chance alone could give.
 */
class ThemeChangeTest {

    /** Requests per theme in April and in May 2025 (both 30 days counted: May 1-30 is the latest month's data). */
    private static final int[][] APRIL_MAY = {
        {1, 135},   // a tiny theme that surged: +134 requests, +13,400%
        {3, 0},     // a tiny theme that fell to none: -100%, but 3 requests is chance
        {200, 260}, // +60 (+30%): real
        {40, 44},   // +4 (+10%): chance
        {0, 5},     // new: nothing in April
    };

    private static List<ThemeChange> changes() {
        return ThemeChange.of(dayCounts());
    }

    private static ThemeDayCounts dayCounts() {
        List<ServiceRequest> requests = new ArrayList<>();
        List<Integer> themeOf = new ArrayList<>();
        for (int t = 0; t < APRIL_MAY.length; t++) {
            for (int month = 0; month < 2; month++) {
                for (int i = 0; i < APRIL_MAY[t][month]; i++) {
                    LocalDateTime created = LocalDate.of(2025, 4 + month, 1 + i % 30).atTime(9, 0);
                    requests.add(new ServiceRequest(requests.size() + 2, "", "t" + t, created, null, "", "", "", "",
                            Double.NaN, Double.NaN, ""));
                    themeOf.add(t);
                }
            }
        }
        List<Theme> themes = new ArrayList<>();
        for (int t = 0; t < APRIL_MAY.length; t++) {
            themes.add(new Theme(t, "theme " + t, APRIL_MAY[t][0] + APRIL_MAY[t][1], 0.1, List.of(), List.of(), 1));
        }
        List<Integer> indexes = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            indexes.add(i);
        }
        ThemeRun run = new ThemeRun(new ThemeSet(themes, new ThemeAssignment(themeOf.stream().mapToInt(i -> i)
                .toArray()), new ThemeGroup(ThemeGroup.UNCLEAR, 0, 0), new ThemeGroup(ThemeGroup.NO_DESCRIPTION, 0, 0),
                ThemeOptions.DEFAULTS, List.of()), indexes, DateRange.ALL, Map.of(), Map.of());
        Dataset dataset = new Dataset(new SourceInfo("t.csv", "", "", SourceFormat.DELIMITED_TEXT, "", 1, "", ""),
                List.of(), ColumnMapping.empty(), requests);
        return ThemeDayCounts.of(dataset, run);
    }

    @Test
    void smallCountsShowTheirRequestsAndChanceIsMarked() {
        List<ThemeChange> changes = changes();

        assertThat(changes).extracting(ThemeChange::text).startsWith("+134 (+13,400%)", "≈ -3 (-100%)",
                "+60 (+30%)", "≈ +4 (+10%)", "≈ +5 (new)");
        assertThat(changes.get(0).periods()).isEqualTo("2025-05 vs 2025-04");
        assertThat(changes.get(0).latest()).isEqualTo(new DateRange(LocalDate.of(2025, 5, 1), LocalDate.of(2025, 5, 30)));
        assertThat(changes.get(2).relative()).isCloseTo(0.3, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(changes.get(2).difference()).isCloseTo(60, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(changes.get(4).relative()).as("nothing expected").isNaN();
    }

    @Test
    void aLatestMonthCutShortByTheFilterIsComparedPerDaySoItIsNoFalseDrop() {
        // until May 15: May counts 15 days, April 30; theme 2 had 200 in April, so 100 are expected for May 1-15
        List<ThemeChange> halfMay = ThemeChange.of(dayCounts(), new DateRange(null, LocalDate.of(2025, 5, 15)));

        ThemeChange theme2 = halfMay.get(2);
        assertThat(theme2.latest()).isEqualTo(new DateRange(LocalDate.of(2025, 5, 1), LocalDate.of(2025, 5, 15)));
        assertThat(theme2.before()).isEqualTo(new DateRange(LocalDate.of(2025, 4, 1), LocalDate.of(2025, 4, 30)));
        assertThat(theme2.expected()).isEqualTo(100.0);
        assertThat(theme2.latestCount()).isEqualTo(135); // 260 requests over May 1-30: 9 a day on days 1-20
        assertThat(theme2.text()).as("p about 0.007, q above 0.01 among the themes").isEqualTo("≈ +35 (+35%)");
        assertThat(ThemeChange.of(dayCounts(), new DateRange(LocalDate.of(2025, 5, 1), null)).get(2).known())
                .as("one month in the filter: nothing to compare with").isFalse();
    }
}
