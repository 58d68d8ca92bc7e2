package org.civicthemes.ui;

import java.nio.file.Path;
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
 * The bundled sample with its official request types taken as the themes (theme ids in alphabetical order of
 * type), so that the charts can be checked against the patterns planted by type, independently of clustering.
 * Imported once per test run.
 */
final class SampleByCategory {

    static final Path FILE = Path.of("sample-data", "riverton-311-requests.xlsx");

    private static SampleByCategory loaded;

    final Dataset dataset;
    final List<String> types;
    final ThemeRun run;

    private SampleByCategory(Dataset dataset, List<String> types, ThemeRun run) {
        this.dataset = dataset;
        this.types = types;
        this.run = run;
    }

    static synchronized SampleByCategory load() throws Exception {
        if (loaded == null) {
            Dataset dataset = new ImportService().importFile(FILE, ImportOptions.DETECT_ALL, ProgressListener.NONE,
                    CancellationToken.NEVER).dataset();
            loaded = byCategory(dataset);
        }
        return loaded;
    }

    private static SampleByCategory byCategory(Dataset dataset) {
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
        return new SampleByCategory(dataset, types, run);
    }

    ViewState state() {
        return new ViewState(dataset, run, RequestFilter.NONE);
    }

    int themeOf(String type) {
        int id = types.indexOf(type);
        if (id < 0) {
            throw new IllegalArgumentException("No type " + type + " in the sample");
        }
        return id;
    }
}
