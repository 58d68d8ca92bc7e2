package org.civicthemes.workflow;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.civicthemes.model.ColumnAssignment;
import org.civicthemes.model.ColumnMapping;
import org.civicthemes.model.ColumnRole;
import org.civicthemes.model.Dataset;
import org.civicthemes.model.DateRange;
import org.civicthemes.model.ImportReport;
import org.civicthemes.model.ImportResult;
import org.civicthemes.model.ServiceRequest;
import org.civicthemes.model.SkippedRow;
import org.civicthemes.model.SourceFormat;
import org.civicthemes.model.SourceInfo;
import org.civicthemes.model.Theme;
import org.civicthemes.model.ThemeAssignment;
import org.civicthemes.model.ThemeGroup;
import org.civicthemes.model.ThemeOptions;
import org.civicthemes.model.ThemeRun;
import org.civicthemes.model.ThemeSet;
import org.civicthemes.model.WeightedTerm;

/**
 * A small dataset with its themes built by hand, so export tests know every count: 120 requests from January to
 * April 2024 (30 a month) plus 2 without a date, in three themes, Unclear and No description. Some texts hold
 * phone numbers and e-mail addresses, some start like formulas, one is markup.
 */
final class ExportFixture {

    static final String PHONE = "555-201-3344";
    static final String EMAIL = "jane.doe@example.com";
    static final String HYPERLINK = "=HYPERLINK(\"http://evil.example\",\"click me\")";
    static final List<String> INJECTED = List.of(HYPERLINK, "+1+1 call now", "-2+3", "@SUM(A1:A2)", "\t=1+1",
            "\r=1+1");
    static final String MARKUP = "<script>alert('x')</script> broken light";
    static final String EVIL_CATEGORY = "=cmd|' /C calc'!A0";
    static final String[] LABELS = {"pothole, road", "graffiti, wall", "street light"};
    static final int DATED = 120;
    static final int UNDATED = 2;

    final Dataset dataset;
    final ImportResult imported;
    final ThemeRun run;

    ExportFixture() {
        List<ServiceRequest> requests = new ArrayList<>();
        int[] themeOf = new int[DATED + UNDATED];
        for (int i = 0; i < DATED + UNDATED; i++) {
            LocalDateTime created = i < DATED ? LocalDateTime.of(2024, 1 + i / 30, 1 + i % 28, 8 + i % 10, 0) : null;
            int theme = i % 3;
            String text = switch (theme) {
                case 0 -> "Deep pothole on the road by Elm, call me at " + PHONE;
                case 1 -> "Graffiti on the wall of the library, write to " + EMAIL;
                default -> "Street light out on Oak. When will it be fixed?";
            };
            if (i % 10 == 9) {
                theme = ThemeAssignment.UNCLEAR;
                text = "something is wrong here";
            }
            if (i % 15 == 14) {
                theme = ThemeAssignment.NO_DESCRIPTION;
                text = "";
            }
            if (i < INJECTED.size()) {
                text = INJECTED.get(i);
            }
            if (i == 8) {
                text = MARKUP;
            }
            themeOf[i] = theme;
            requests.add(new ServiceRequest(i + 3, "SR-" + i, text, created, null,
                    i == 4 ? EVIL_CATEGORY : theme == 1 ? "Graffiti" : "Streets", "Open", "District " + (1 + i % 2),
                    "", Double.NaN, Double.NaN, ""));
        }
        ColumnMapping mapping = new ColumnMapping(List.of(
                ColumnAssignment.chosen(ColumnRole.REQUEST_TEXT, List.of("Description")),
                ColumnAssignment.chosen(ColumnRole.CREATED_DATE, List.of("Created")),
                ColumnAssignment.chosen(ColumnRole.CATEGORY, List.of("Type")),
                ColumnAssignment.chosen(ColumnRole.DISTRICT, List.of("District"))));
        SourceInfo source = new SourceInfo("riverton-test.csv", "/data/riverton-test.csv", "ab".repeat(32),
                SourceFormat.DELIMITED_TEXT, "", 1, "UTF-8", "comma");
        dataset = new Dataset(source, List.of("Id", "Created", "Type", "District", "Description"), mapping, requests);
        long withoutText = requests.stream().filter(r -> !r.hasText()).count();
        ImportReport report = new ImportReport(source, DATED + UNDATED + 2L, DATED + UNDATED,
                List.of(new SkippedRow(40, "blank line"), new SkippedRow(41, "blank line")), withoutText, UNDATED,
                List.of(), Map.of(), List.of(), mapping);
        imported = new ImportResult(dataset, report);
        run = runOf(themeOf, LABELS);
    }

    /** A run over every request of the dataset with these themes (ids 0..), labels as given. */
    static ThemeRun runOf(int[] themeOf, String[] labels) {
        int n = themeOf.length;
        int[] sizes = new int[labels.length];
        int unclear = 0;
        int none = 0;
        List<List<Integer>> members = new ArrayList<>();
        for (int t = 0; t < labels.length; t++) {
            members.add(new ArrayList<>());
        }
        for (int d = 0; d < n; d++) {
            if (themeOf[d] >= 0) {
                sizes[themeOf[d]]++;
                members.get(themeOf[d]).add(d);
            } else if (themeOf[d] == ThemeAssignment.UNCLEAR) {
                unclear++;
            } else {
                none++;
            }
        }
        List<Theme> themes = new ArrayList<>();
        for (int t = 0; t < labels.length; t++) {
            themes.add(new Theme(t, labels[t], sizes[t], sizes[t] / (double) n,
                    List.of(new WeightedTerm("w" + t, labels[t].split(",")[0], 1.0)),
                    members.get(t).subList(Math.max(0, members.get(t).size() - 5), members.get(t).size()), 0.5));
        }
        ThemeSet set = new ThemeSet(themes, new ThemeAssignment(themeOf),
                new ThemeGroup(ThemeGroup.UNCLEAR, unclear, unclear / (double) n),
                new ThemeGroup(ThemeGroup.NO_DESCRIPTION, none, none / (double) n),
                ThemeOptions.DEFAULTS.withThemes(labels.length).withSeed(7), List.of());
        List<Integer> indexes = new ArrayList<>();
        for (int d = 0; d < n; d++) {
            indexes.add(d);
        }
        return new ThemeRun(set, indexes, DateRange.ALL, Map.of("phone", 40L), Map.of("en", n));
    }

    /** This run as an analyst edited it: theme 0 renamed, themes 1 and 2 merged under a new name. */
    ThemeRun edited() {
        int[] themeOf = run.themes().assignment().toArray();
        for (int d = 0; d < themeOf.length; d++) {
            if (themeOf[d] == 2) {
                themeOf[d] = 1;
            }
        }
        return runOf(themeOf, new String[] {"Potholes (renamed)", "Walls and lights (merged)"});
    }

    /** Requests of the dataset created in the range (all requests for all days). */
    long inRange(DateRange range) {
        return dataset.requests().stream().filter(r -> range.isAll() || range.contains(r.created())).count();
    }

    static DateRange february() {
        return new DateRange(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 29));
    }
}
