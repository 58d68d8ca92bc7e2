package org.civicthemes.model;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What became of one export's rows in a Spark run: read, imported, and skipped by reason; or why it was refused.
 *
 * @param file            the export's path
 * @param refused         why the whole file could not be read, or empty
 * @param skipped         rows skipped, by reason
 * @param rowsWithoutText imported requests without a description
 * @param dateless        imported requests without a readable created date
 */
public record ResultFile(String file, String refused, long rowsRead, long rowsImported, Map<String, Long> skipped,
                         long rowsWithoutText, long dateless) {

    public ResultFile {
        Objects.requireNonNull(file, "file");
        refused = refused == null ? "" : refused;
        skipped = java.util.Collections.unmodifiableMap(new TreeMap<>(skipped));
    }

    /** Rows skipped, whatever the reason. */
    public long rowsSkipped() {
        return skipped.values().stream().mapToLong(Long::longValue).sum();
    }

    public boolean isRefused() {
        return !refused.isEmpty();
    }
}
