package org.civicthemes.model;

import java.util.Objects;

/** The requests read from a source, and the report that accounts for every row. */
public record ImportResult(Dataset dataset, ImportReport report) {

    public ImportResult {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(report, "report");
    }
}
