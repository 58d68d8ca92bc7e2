package org.civicthemes.model;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Accounts for every data row of a source: each one was imported or skipped with a reason.
 * {@code rowsRead == rowsImported + rowsSkipped} always holds.
 *
 * @param source          the file, sheet and header row that were read
 * @param rowsRead        data rows below the header, blank lines included
 * @param rowsImported    rows that became requests
 * @param skipped         every skipped row with its reason
 * @param rowsWithoutText imported rows whose text columns were all empty
 * @param dateless        imported rows with no readable created date
 * @param warnings        the first warnings of each kind, at most {@link #WARNINGS_KEPT_PER_KIND} of a kind
 * @param warningCounts   how many warnings of each kind there were in all
 * @param notes           facts about the file as a whole ("title lines 1-3 above the header were ignored")
 * @param columns         the roles used to read the columns
 */
public record ImportReport(SourceInfo source, long rowsRead, long rowsImported, List<SkippedRow> skipped,
                           long rowsWithoutText, long dateless, List<ImportWarning> warnings,
                           Map<String, Long> warningCounts, List<String> notes, ColumnMapping columns) {

    /** Warnings kept in full per kind; the rest are only counted. */
    public static final int WARNINGS_KEPT_PER_KIND = 200;

    public ImportReport {
        skipped = List.copyOf(skipped);
        warnings = List.copyOf(warnings);
        warningCounts = java.util.Collections.unmodifiableMap(new TreeMap<>(warningCounts));
        notes = List.copyOf(notes);
        if (rowsRead != rowsImported + skipped.size()) {
            throw new IllegalStateException("Rows read (" + rowsRead + ") must equal imported (" + rowsImported
                    + ") + skipped (" + skipped.size() + ")");
        }
    }

    public long rowsSkipped() {
        return skipped.size();
    }

    public long totalWarnings() {
        return warningCounts.values().stream().mapToLong(Long::longValue).sum();
    }
}
