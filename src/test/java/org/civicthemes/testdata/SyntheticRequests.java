package org.civicthemes.testdata;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.civicthemes.model.ColumnAssignment;
import org.civicthemes.model.ColumnMapping;
import org.civicthemes.model.ColumnRole;
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

/**
 * Requests without text, for the benchmarks of the views: N requests spread at random over 1,003 days from
 * 2023-01-01 and over the hours of the day, in 40 categories and 9 districts, grouped at random into K themes, about
 * one in K+1 Unclear and one in 50 (about) with no description.
 *
 * @param dataset the requests
 * @param run     their themes, over all dates
 */
public record SyntheticRequests(Dataset dataset, ThemeRun run) {

    public static final LocalDate FIRST_DAY = LocalDate.of(2023, 1, 1);

    public static SyntheticRequests generate(int n, int k, Random random) {
        List<ServiceRequest> requests = new ArrayList<>(n);
        int[] themeOf = new int[n];
        List<Integer> indexes = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            LocalDateTime created = FIRST_DAY.plusDays(random.nextInt(1003)).atTime(random.nextInt(24), 0);
            requests.add(new ServiceRequest(i + 2, "", "t", created, null, "Category " + random.nextInt(40), "",
                    "District " + (1 + random.nextInt(9)), "", Double.NaN, Double.NaN, ""));
            themeOf[i] = random.nextInt(k + 1) - (i % 50 == 0 ? 2 : 0);
            themeOf[i] = themeOf[i] == k ? ThemeAssignment.UNCLEAR : Math.max(themeOf[i], ThemeAssignment.NO_DESCRIPTION);
            indexes.add(i);
        }
        ThemeAssignment assignment = new ThemeAssignment(themeOf);
        List<Theme> themes = new ArrayList<>();
        for (int t = 0; t < k; t++) {
            themes.add(new Theme(t, "theme " + t, assignment.documentsOf(t).length, 1.0 / k, List.of(), List.of(), 0.5));
        }
        ThemeRun run = new ThemeRun(new ThemeSet(themes, assignment, new ThemeGroup(ThemeGroup.UNCLEAR, 0, 0),
                new ThemeGroup(ThemeGroup.NO_DESCRIPTION, 0, 0), ThemeOptions.DEFAULTS.withThemes(k), List.of()),
                indexes, DateRange.ALL, Map.of(), Map.of());
        ColumnMapping mapping = new ColumnMapping(List.of(
                new ColumnAssignment(ColumnRole.CATEGORY, List.of("Category"), 1, ""),
                new ColumnAssignment(ColumnRole.DISTRICT, List.of("District"), 1, "")));
        Dataset dataset = new Dataset(new SourceInfo("bench", "", "", SourceFormat.DELIMITED_TEXT, "", 1, "", ""),
                List.of("Category", "District"), mapping, requests);
        return new SyntheticRequests(dataset, run);
    }
}
