package org.civicthemes.testdata;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
import org.civicthemes.workflow.ImportService;

/**
 * The bundled sample with its official request types taken as the themes (theme ids in alphabetical order of type),
 * so that time analyses and charts can be checked against the patterns the generator planted by type, independently
 * of clustering. The file is imported once per test run.
 *
 * @param dataset the imported requests
 * @param types   the request types in alphabetical order: type i is theme i
 * @param run     every request in the theme of its type, over all dates
 */
public record SampleByType(Dataset dataset, List<String> types, ThemeRun run) {

    public static final Path FILE = Path.of("sample-data", "riverton-311-requests.xlsx");

    private static SampleByType loaded;

    public SampleByType {
        types = List.copyOf(types);
    }

    public static synchronized SampleByType load() throws Exception {
        if (loaded == null) {
            loaded = of(new ImportService().importFile(FILE, ImportOptions.DETECT_ALL, ProgressListener.NONE,
                    CancellationToken.NEVER).dataset());
        }
        return loaded;
    }

    /** The same sample as if it had been exported at the end of {@code lastDay} (later requests left out). */
    public SampleByType until(LocalDate lastDay) {
        return between(LocalDate.MIN, lastDay);
    }

    /** Only the requests created from {@code firstDay} to {@code lastDay}, as if the export had held no others. */
    public SampleByType between(LocalDate firstDay, LocalDate lastDay) {
        DateRange range = new DateRange(firstDay, lastDay);
        return of(new Dataset(dataset.source(), dataset.columns(), dataset.mapping(),
                dataset.requests().stream().filter(r -> range.contains(r.created())).toList()));
    }

    /** The theme id of a request type. */
    public int themeOf(String type) {
        int id = types.indexOf(type);
        if (id < 0) {
            throw new IllegalArgumentException("No type " + type + " in the sample");
        }
        return id;
    }

    private static SampleByType of(Dataset dataset) {
        Map<String, Integer> ids = new TreeMap<>();
        dataset.requests().forEach(r -> ids.putIfAbsent(r.category(), 0));
        List<String> types = new ArrayList<>(ids.keySet());
        for (int i = 0; i < types.size(); i++) {
            ids.put(types.get(i), i);
        }
        ThemeAssignment assignment = new ThemeAssignment(
                dataset.requests().stream().mapToInt(r -> ids.get(r.category())).toArray());
        List<Theme> themes = new ArrayList<>();
        for (int t = 0; t < types.size(); t++) {
            int size = assignment.documentsOf(t).length;
            themes.add(new Theme(t, types.get(t), size, size / (double) dataset.size(), List.of(), List.of(), 1));
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
}
