package org.civicthemes.model;

import java.util.List;
import java.util.Objects;

/**
 * The imported requests of one source, with the column names and the roles used to read them.
 *
 * @param source   where it came from
 * @param columns  the header names of the source, in order (blank headers are named "Column C")
 * @param mapping  which columns were read as which role
 * @param requests the imported requests, in source order
 */
public record Dataset(SourceInfo source, List<String> columns, ColumnMapping mapping, List<ServiceRequest> requests) {

    public Dataset {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(mapping, "mapping");
        columns = List.copyOf(columns);
        requests = List.copyOf(requests);
    }

    public int size() {
        return requests.size();
    }
}
