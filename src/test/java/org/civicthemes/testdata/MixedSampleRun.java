package org.civicthemes.testdata;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.civicthemes.analysis.RequestCubes;
import org.civicthemes.model.DateRange;
import org.civicthemes.model.Dataset;
import org.civicthemes.model.ResultFile;
import org.civicthemes.model.ResultTheme;
import org.civicthemes.model.SparkResults;
import org.civicthemes.model.Theme;
import org.civicthemes.model.ThemeAssignment;
import org.civicthemes.model.ThemeGroup;
import org.civicthemes.model.ThemeOptions;
import org.civicthemes.model.ThemeRun;
import org.civicthemes.model.ThemeSet;

/**
 * The bundled sample grouped by request type ({@link SampleByType}), then shuffled a little so that themes cross
 * categories and every kind of group has requests: every 5th request of a type in the next type's theme, every 17th
 * Unclear, every 29th No description. Its {@link #results} are what a Spark run that placed the requests so would
 * write: the same themes (ids from 1), and the cube counted from the rows.
 */
public final class MixedSampleRun {

    private MixedSampleRun() {
    }

    public static ThemeRun of(SampleByType sample) {
        int n = sample.dataset().size();
        int types = sample.types().size();
        int[] themeOf = new int[n];
        for (int doc = 0; doc < n; doc++) {
            int type = sample.run().themes().assignment().themeOf(doc);
            themeOf[doc] = doc % 29 == 0 ? ThemeAssignment.NO_DESCRIPTION : doc % 17 == 0 ? ThemeAssignment.UNCLEAR
                    : doc % 5 == 0 ? (type + 1) % types : type;
        }
        ThemeAssignment assignment = new ThemeAssignment(themeOf);
        List<Theme> themes = new ArrayList<>();
        for (int t = 0; t < types; t++) {
            int size = assignment.documentsOf(t).length;
            themes.add(new Theme(t, sample.types().get(t), size, size / (double) n, List.of(), List.of(), 1));
        }
        int unclear = assignment.documentsOf(ThemeAssignment.UNCLEAR).length;
        int noDescription = assignment.documentsOf(ThemeAssignment.NO_DESCRIPTION).length;
        List<Integer> indexes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            indexes.add(i);
        }
        return new ThemeRun(new ThemeSet(themes, assignment, new ThemeGroup(ThemeGroup.UNCLEAR, unclear,
                unclear / (double) n), new ThemeGroup(ThemeGroup.NO_DESCRIPTION, noDescription,
                noDescription / (double) n), ThemeOptions.DEFAULTS, List.of()), indexes, DateRange.ALL, Map.of(),
                Map.of());
    }

    /** The run as the results of a Spark run: theme i has the job's id i + 1. */
    public static SparkResults results(Dataset dataset, ThemeRun run) {
        List<ResultTheme> themes = new ArrayList<>();
        for (Theme theme : run.themes().themes()) {
            themes.add(new ResultTheme(theme.id() + 1, theme.label(), false, theme.size(),
                    theme.size() / (double) run.size()));
        }
        return new SparkResults(Path.of("results"), "", run.size(), 42, run.size(),
                run.themes().unclear().size(), run.themes().noDescription().size(), "off", themes,
                List.of(new ResultFile("riverton-311-requests.xlsx", "", dataset.size(), dataset.size(), Map.of(), 0,
                        0)), RequestCubes.of(dataset, run));
    }
}
