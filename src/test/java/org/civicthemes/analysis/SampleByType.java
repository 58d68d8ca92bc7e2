package org.civicthemes.analysis;

import java.nio.file.Path;
import java.time.LocalDate;
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

/**
 * The bundled sample with its official request types taken as the themes (theme ids in alphabetical order of
 * type), so that time analyses can be checked against the patterns planted by type, independently of clustering.
 */
final class SampleByType {

    final Dataset dataset;
    final List<String> types;
    final ThemeRun run;

    private SampleByType(Dataset dataset, List<String> types, ThemeRun run) {
        this.dataset = dataset;
        this.types = types;
        this.run = run;
    }

    static SampleByType load() throws Exception {
        return of(new SpreadsheetImporter().importFile(Path.of("sample-data", "riverton-311-requests.xlsx"),
                ImportOptions.DETECT_ALL, ProgressListener.NONE, CancellationToken.NEVER).dataset());
    }

    /** The same sample as if it had been exported at the end of {@code lastDay} (later requests left out). */
    SampleByType until(LocalDate lastDay) {
        return between(LocalDate.MIN, lastDay);
    }

    /** Only the requests created from {@code firstDay} to {@code lastDay}, as if the export had held no others. */
    SampleByType between(LocalDate firstDay, LocalDate lastDay) {
        DateRange range = new DateRange(firstDay, lastDay);
        return of(new Dataset(dataset.source(), dataset.columns(), dataset.mapping(),
                dataset.requests().stream().filter(r -> range.contains(r.created())).toList()));
    }

    private static SampleByType of(Dataset dataset) {
        Map<String, Integer> ids = new TreeMap<>();
        dataset.requests().forEach(r -> ids.putIfAbsent(r.category(), 0));
        List<String> types = new ArrayList<>(ids.keySet());
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
        return new SampleByType(dataset, types, run);
    }

    int groupOf(String type) {
        return types.indexOf(type);
    }
}
