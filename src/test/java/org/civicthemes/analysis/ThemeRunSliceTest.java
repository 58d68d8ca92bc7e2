package org.civicthemes.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

class ThemeRunSliceTest {

    /** Ten requests, one a day from 2024-03-01; themes 0,1,0,1,... with request 9 Unclear. */
    private static final int[] THEMES = {0, 1, 0, 1, 0, 1, 0, 1, 0, ThemeAssignment.UNCLEAR};

    private final Dataset dataset;
    private final ThemeRun run;

    ThemeRunSliceTest() {
        List<ServiceRequest> requests = new ArrayList<>();
        for (int i = 0; i < THEMES.length; i++) {
            requests.add(new ServiceRequest(i + 2, "", "text " + i, LocalDateTime.of(2024, 3, 1 + i, 9, 0), null, "",
                    "", "", "", Double.NaN, Double.NaN, ""));
        }
        dataset = new Dataset(new SourceInfo("t.csv", "", "", SourceFormat.DELIMITED_TEXT, "", 1, "", ""), List.of(),
                ColumnMapping.empty(), requests);
        ThemeSet set = new ThemeSet(List.of(new Theme(0, "Potholes", 5, 0.5, List.of(), List.of(8, 0, 4), 0.4),
                new Theme(1, "Lights", 4, 0.4, List.of(), List.of(1, 7), 0.3)), new ThemeAssignment(THEMES),
                new ThemeGroup(ThemeGroup.UNCLEAR, 1, 0.1), new ThemeGroup(ThemeGroup.NO_DESCRIPTION, 0, 0),
                ThemeOptions.DEFAULTS, List.of());
        List<Integer> indexes = new ArrayList<>();
        for (int i = 0; i < THEMES.length; i++) {
            indexes.add(i);
        }
        run = new ThemeRun(set, indexes, DateRange.ALL, Map.of(), Map.of());
    }

    @Test
    void aRangeKeepsTheThemesAndRecountsThem() {
        DateRange range = new DateRange(LocalDate.of(2024, 3, 4), LocalDate.of(2024, 3, 10));

        ThemeRun narrowed = ThemeRunSlice.inRange(dataset, run, range);

        assertThat(narrowed.requestIndexes()).containsExactly(3, 4, 5, 6, 7, 8, 9);
        assertThat(narrowed.range()).isEqualTo(range);
        assertThat(narrowed.themes().themes()).extracting(Theme::label).containsExactly("Potholes", "Lights");
        assertThat(narrowed.themes().themes()).extracting(Theme::size).containsExactly(3, 3);
        assertThat(narrowed.themes().themes().get(0).share()).isEqualTo(3 / 7.0);
        assertThat(narrowed.themes().unclear().size()).isEqualTo(1);
        // representatives 8 and 4 are now documents 5 and 1; request 0 is out of the range
        assertThat(narrowed.themes().themes().get(0).representatives()).containsExactly(5, 1);
        assertThat(narrowed.themes().themes().get(1).representatives()).containsExactly(4);
        assertThat(narrowed.themes().assignment().toArray()).containsExactly(1, 0, 1, 0, 1, 0, ThemeAssignment.UNCLEAR);
    }

    /**
     * Issue 15, item 4: when the run's representatives of a theme lie outside the range, its most typical requests
     * in the range take their places, a repeated wording last; without typicalities nothing is made up.
     */
    @Test
    void aThemeWhoseRepresentativesAreOutsideTheRangeShowsItsMostTypicalRequestsInIt() {
        float[] typicality = {0.9f, 0.8f, 0.7f, 0.1f, 0.3f, 0.6f, 0.5f, 0.2f, 0.4f, Float.NEGATIVE_INFINITY};
        ThemeSet set = run.themes();
        ThemeOptions two = new ThemeOptions(org.civicthemes.model.ThemeCount.AUTO, 4, 30, 42L, 4, 100, 100, 2, 0.5, true,
                0.2, 10, 2, 3000, true);
        ThemeRun typical = new ThemeRun(new ThemeSet(List.of(
                new Theme(0, "Potholes", 5, 0.5, List.of(), List.of(0, 2), 0.4),
                new Theme(1, "Lights", 4, 0.4, List.of(), List.of(1), 0.3)),
                new ThemeAssignment(THEMES, typicality), set.unclear(), set.noDescription(), two, List.of()),
                run.requestIndexes(), DateRange.ALL, Map.of(), Map.of());
        DateRange range = new DateRange(LocalDate.of(2024, 3, 4), LocalDate.of(2024, 3, 10)); // requests 3 to 9

        ThemeRun narrowed = ThemeRunSlice.inRange(dataset, typical, range);

        // Potholes in range: requests 4 (0.3), 6 (0.5), 8 (0.4) are documents 1, 3, 5
        assertThat(narrowed.themes().themes().get(0).representatives()).containsExactly(3, 5);
        // Lights in range: requests 3 (0.1), 5 (0.6), 7 (0.2) are documents 0, 2, 4
        assertThat(narrowed.themes().themes().get(1).representatives()).containsExactly(2, 4);
        assertThat(narrowed.themes().assignment().typicality(2)).isEqualTo(0.6f);

        ThemeRun untold = ThemeRunSlice.inRange(dataset, run, range);
        assertThat(untold.themes().themes().get(1).representatives()).as("no typicality known: only its own").containsExactly(4);
        assertThat(untold.themes().assignment().hasTypicality()).isFalse();
    }

    @Test
    void allDaysOrTheRunsOwnRangeIsTheRunItself() {
        assertThat(ThemeRunSlice.inRange(dataset, run, DateRange.ALL)).isSameAs(run);
    }

    @Test
    void aRangeReachingOutsideTheRunIsRefused() {
        ThemeRun march = ThemeRunSlice.inRange(dataset, run, new DateRange(LocalDate.of(2024, 3, 1),
                LocalDate.of(2024, 3, 5)));

        assertThatThrownBy(() -> ThemeRunSlice.inRange(dataset, march, new DateRange(LocalDate.of(2024, 3, 3), null)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The range 2024-03-03 to the end reaches outside the days the themes were found in "
                        + "(2024-03-01 to 2024-03-05); choose a range inside it, or find the themes again for the "
                        + "new range.");
    }
}
