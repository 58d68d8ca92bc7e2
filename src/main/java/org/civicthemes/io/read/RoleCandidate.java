package org.civicthemes.io.read;

import java.util.Comparator;
import java.util.List;
import org.civicthemes.model.ColumnAssignment;
import org.civicthemes.model.ColumnRole;

/** One column proposed for one role, with the confidence and the reason. */
record RoleCandidate(ColumnRole role, ColumnProfile column, double confidence, String evidence) {

    /** Strongest first; ties by source column order, then role order, so results never depend on luck. */
    static final Comparator<RoleCandidate> STRONGEST_FIRST = Comparator
            .comparingDouble(RoleCandidate::confidence).reversed()
            .thenComparingInt(c -> c.column().index)
            .thenComparing(RoleCandidate::role);

    ColumnAssignment toAssignment() {
        return new ColumnAssignment(role, List.of(column.name), confidence, evidence);
    }
}
