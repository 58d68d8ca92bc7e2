package org.civicthemes.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Which source columns play which role. At most one assignment per role; a column plays at most one role. */
public record ColumnMapping(List<ColumnAssignment> assignments) {

    public ColumnMapping {
        Map<ColumnRole, ColumnAssignment> byRole = new EnumMap<>(ColumnRole.class);
        Map<String, ColumnRole> roleOfColumn = new java.util.HashMap<>();
        for (ColumnAssignment a : assignments) {
            if (byRole.put(a.role(), a) != null) {
                throw new IllegalArgumentException("Two assignments for " + a.role().displayName());
            }
            for (String column : a.columns()) {
                ColumnRole previous = roleOfColumn.put(column, a.role());
                if (previous != null) {
                    throw new IllegalArgumentException("Column '" + column + "' cannot be both "
                            + previous.displayName() + " and " + a.role().displayName());
                }
            }
        }
        List<ColumnAssignment> sorted = new ArrayList<>(byRole.values());
        sorted.sort(Comparator.comparing(ColumnAssignment::role));
        assignments = List.copyOf(sorted);
    }

    public static ColumnMapping empty() {
        return new ColumnMapping(List.of());
    }

    public Optional<ColumnAssignment> get(ColumnRole role) {
        return assignments.stream().filter(a -> a.role() == role).findFirst();
    }

    /** The source columns of a role, empty when no column has it. */
    public List<String> columnsOf(ColumnRole role) {
        return get(role).map(ColumnAssignment::columns).orElse(List.of());
    }

    public boolean has(ColumnRole role) {
        return get(role).isPresent();
    }

    /**
     * A copy where {@code replacement} takes its role, and its columns lose whatever role they had before.
     */
    public ColumnMapping with(ColumnAssignment replacement) {
        List<ColumnAssignment> kept = new ArrayList<>();
        for (ColumnAssignment a : assignments) {
            if (a.role() == replacement.role()) {
                continue;
            }
            List<String> rest = a.columns().stream().filter(c -> !replacement.columns().contains(c)).toList();
            if (!rest.isEmpty()) {
                kept.add(rest.size() == a.columns().size() ? a
                        : new ColumnAssignment(a.role(), rest, a.confidence(), a.evidence()));
            }
        }
        kept.add(replacement);
        return new ColumnMapping(kept);
    }

    /** A copy without the role. */
    public ColumnMapping without(ColumnRole role) {
        return new ColumnMapping(assignments.stream().filter(a -> a.role() != role).toList());
    }
}
