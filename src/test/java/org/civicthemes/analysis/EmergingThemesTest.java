package org.civicthemes.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.civicthemes.io.read.SpreadsheetImporter;
import org.civicthemes.model.Dataset;
import org.civicthemes.model.DateRange;
import org.civicthemes.model.ImportOptions;
import org.civicthemes.model.Theme;
import org.civicthemes.model.ThemeAssignment;
import org.civicthemes.model.ThemeGroup;
import org.civicthemes.model.ThemeOptions;
import org.civicthemes.model.ThemeRun;
import org.civicthemes.model.ThemeSet;
import org.civicthemes.progress.CancellationToken;
import org.civicthemes.progress.ProgressListener;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * On the bundled sample, grouped by request type: the planted e-scooter surge of the last two months is
 * emerging, steady types are not flagged.
 */
class EmergingThemesTest {

    private static Dataset dataset;
    private static List<String> types;
    private static ThemeDayCounts counts;

    @BeforeAll
    static void groupTheSampleByType() throws Exception {
        dataset = new SpreadsheetImporter().importFile(Path.of("sample-data", "riverton-311-requests.xlsx"),
                ImportOptions.DETECT_ALL, ProgressListener.NONE, CancellationToken.NEVER).dataset();
        Map<String, Integer> ids = new TreeMap<>();
        dataset.requests().forEach(r -> ids.putIfAbsent(r.category(), 0));
        types = new ArrayList<>(ids.keySet());
        for (int i = 0; i < types.size(); i++) {
            ids.put(types.get(i), i);
        }
        int[] themeOf = dataset.requests().stream().mapToInt(r -> ids.get(r.category())).toArray();
        ThemeAssignment assignment = new ThemeAssignment(themeOf);
        List<Theme> themes = new ArrayList<>();
        for (int t = 0; t < types.size(); t++) {
            themes.add(new Theme(t, types.get(t), assignment.documentsOf(t).length, 0, List.of(), List.of(), 1));
        }
        List<Integer> indexes = new ArrayList<>();
        for (int i = 0; i < dataset.size(); i++) {
            indexes.add(i);
        }
        ThemeRun run = new ThemeRun(new ThemeSet(themes, assignment, new ThemeGroup(ThemeGroup.UNCLEAR, 0, 0),
                new ThemeGroup(ThemeGroup.NO_DESCRIPTION, 0, 0), ThemeOptions.DEFAULTS, List.of()), indexes,
                DateRange.ALL, Map.of(), Map.of());
        counts = ThemeDayCounts.of(dataset, run);
    }

    private static TrendVerdict verdictOf(List<TrendVerdict> verdicts, String type) {
        int group = types.indexOf(type);
        return verdicts.stream().filter(v -> v.group() == group).findFirst().orElseThrow();
    }

    @Test
    void theScooterSurgeIsEmergingInTheLastMonth() {
        List<TrendVerdict> verdicts = EmergingThemes.find(counts, Period.MONTH, 6);

        TrendVerdict scooters = verdictOf(verdicts, "Scooter / E-Bike Complaint");
        assertThat(scooters.direction()).isEqualTo(TrendVerdict.Direction.EMERGING);
        assertThat(scooters.from()).isEqualTo(java.time.LocalDate.of(2025, 9, 1));
        assertThat(scooters.ratio()).isGreaterThan(3);
        assertThat(verdicts.get(0).direction()).isNotEqualTo(TrendVerdict.Direction.STEADY);
    }

    @Test
    void steadyTypesAreNotFlagged() {
        List<TrendVerdict> verdicts = EmergingThemes.find(counts, Period.MONTH, 6);

        for (String steady : List.of("Graffiti Removal", "Pothole", "Streetlight Out", "Illegal Dumping")) {
            assertThat(verdictOf(verdicts, steady).direction()).as(steady).isEqualTo(TrendVerdict.Direction.STEADY);
        }
    }

    @Test
    void theCountsBehindEachVerdictAddUp() {
        List<TrendVerdict> verdicts = EmergingThemes.find(counts, Period.MONTH, 6);

        long latest = verdicts.stream().mapToLong(TrendVerdict::latest).sum();
        long inSeptember = dataset.requests().stream().filter(r -> r.created() != null
                && !r.created().toLocalDate().isBefore(java.time.LocalDate.of(2025, 9, 1))).count();
        assertThat(latest).isEqualTo(inSeptember);
        assertThat(verdicts).allSatisfy(v -> assertThat(v.pValue()).isBetween(0.0, 1.0));
    }
}
