package org.civicthemes.io.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.civicthemes.model.ImportReport;
import org.civicthemes.model.ImportWarning;

/** Collects import warnings: every one is counted, the first of each kind are kept in full. */
final class WarningLog {

    private final String file;
    private final String sheet;
    private final List<ImportWarning> kept = new ArrayList<>();
    private final Map<String, Long> counts = new HashMap<>();

    WarningLog(String file, String sheet) {
        this.file = file;
        this.sheet = sheet;
    }

    void add(String kind, int row, String column, String value, String message) {
        long n = counts.merge(kind, 1L, Long::sum);
        if (n <= ImportReport.WARNINGS_KEPT_PER_KIND) {
            kept.add(new ImportWarning(kind, file, sheet, row, column, value, message));
        }
    }

    List<ImportWarning> kept() {
        return kept;
    }

    Map<String, Long> counts() {
        return counts;
    }
}
