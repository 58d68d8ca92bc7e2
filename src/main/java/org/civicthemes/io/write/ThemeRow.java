package org.civicthemes.io.write;

import java.util.List;
import org.civicthemes.analysis.ThemeChange;

/**
 * One theme (or Unclear, No description) as a summary shows it.
 *
 * @param group       the group index the analyses count by
 * @param fileId      the theme id as files show it
 * @param label       the run's label
 * @param count       requests in the range
 * @param share       part of all requests in the range
 * @param change      the latest month against the one before ({@link ThemeChange}, the one definition)
 * @param monthly     requests per month of the range, in month order
 * @param topTerms    the most distinctive terms, comma-separated
 * @param examples    up to three representative request texts, as the export shows texts (redacted)
 * @param exampleRows the source rows of the examples
 * @param special     true for Unclear and No description
 */
record ThemeRow(int group, int fileId, String label, long count, double share, ThemeChange change, long[] monthly,
                String topTerms, List<String> examples, List<Integer> exampleRows, boolean special) {

    ThemeRow {
        monthly = monthly.clone();
        examples = List.copyOf(examples);
        exampleRows = List.copyOf(exampleRows);
    }
}
