package org.civicthemes.io.write;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.commons.csv.CSVFormat;
import org.civicthemes.model.Dataset;
import org.civicthemes.model.ThemeRun;

/**
 * Writes {@code assignments.csv}: {@code row,theme_id,theme_label}, one line per imported request, where
 * {@code row} is the row number the analyst sees in the source. Requests outside the run's date range have
 * an empty theme id and the label "(outside the date range)".
 */
public final class AssignmentsCsvWriter {

    static final String OUTSIDE_RANGE = "(outside the date range)";

    public void write(Dataset dataset, ThemeRun run, Path target) throws IOException {
        int[] themeOfRequest = new int[dataset.size()];
        java.util.Arrays.fill(themeOfRequest, Integer.MIN_VALUE);
        int[] assignment = run.themes().assignment().toArray();
        for (int doc = 0; doc < assignment.length; doc++) {
            themeOfRequest[run.requestIndexes().get(doc)] = assignment[doc];
        }
        CSVFormat format = CsvFile.withHeader("row", "theme_id", "theme_label");
        CsvFile.write(target, format, csv -> {
            for (int i = 0; i < themeOfRequest.length; i++) {
                int row = dataset.requests().get(i).sourceRow();
                int theme = themeOfRequest[i];
                if (theme == Integer.MIN_VALUE) {
                    csv.printRecord(row, "", OUTSIDE_RANGE);
                } else {
                    csv.printRecord(row, ThemeIds.external(run, theme), CsvText.safe(run.labelOf(theme)));
                }
            }
        });
    }
}
