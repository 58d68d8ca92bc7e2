package org.civicthemes.spark;

import java.io.Serializable;
import java.util.Map;
import java.util.TreeMap;
import org.civicthemes.model.ImportReport;
import org.civicthemes.model.SkippedRow;

/**
 * What became of one export's rows: read, imported, and skipped by reason; or why the whole file was refused.
 *
 * @param file     the export's path
 * @param refused  one sentence saying why the file could not be read, or empty
 * @param skipped  rows skipped, by reason ("blank line" -> 3)
 * @param dateless imported requests without a readable created date
 */
public record FileCounts(String file, String refused, long rowsRead, long rowsImported, Map<String, Long> skipped,
                         long rowsWithoutText, long dateless) implements Serializable {

    private static final long serialVersionUID = 1L;

    public FileCounts {
        skipped = new TreeMap<>(skipped);
    }

    static FileCounts of(String file, ImportReport report) {
        Map<String, Long> skipped = new TreeMap<>();
        for (SkippedRow row : report.skipped()) {
            skipped.merge(row.reason(), 1L, Long::sum);
        }
        return new FileCounts(file, "", report.rowsRead(), report.rowsImported(), skipped,
                report.rowsWithoutText(), report.dateless());
    }

    static FileCounts refused(String file, String reason) {
        return new FileCounts(file, reason, 0, 0, Map.of(), 0, 0);
    }

    /** Rows skipped, whatever the reason. */
    @com.fasterxml.jackson.annotation.JsonProperty("rowsSkipped")
    public long rowsSkipped() {
        return skipped.values().stream().mapToLong(Long::longValue).sum();
    }
}
