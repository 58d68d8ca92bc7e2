package org.civicthemes.model;

import java.util.List;
import java.util.Objects;

/**
 * One role given to one or more columns of the source, with how sure the detector is.
 *
 * @param role       the role
 * @param columns    the source column names, in the order their values are joined
 * @param confidence 0 to 1; 1 for a role the analyst chose
 * @param evidence   a short human reason ("header 'created_at', 98% of values are dates")
 */
public record ColumnAssignment(ColumnRole role, List<String> columns, double confidence, String evidence) {

    public ColumnAssignment {
        Objects.requireNonNull(role, "role");
        columns = List.copyOf(columns);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("A column assignment needs at least one column");
        }
        if (columns.size() > 1 && !role.allowsSeveralColumns()) {
            throw new IllegalArgumentException(role.displayName() + " takes one column, not " + columns);
        }
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must be within 0..1: " + confidence);
        }
        evidence = evidence == null ? "" : evidence;
    }

    /** An assignment the analyst made by hand. */
    public static ColumnAssignment chosen(ColumnRole role, List<String> columns) {
        return new ColumnAssignment(role, columns, 1.0, "chosen by the analyst");
    }
}
