package org.civicthemes.workflow;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.civicthemes.model.ThemeRun;

/**
 * The departments a run's themes name (a codebook's, or set by the analyst: {@link ThemeRun#identity()}), and which
 * themes each one holds: what a per-department summary exports. Proposed new themes, Unclear and No description are
 * in no department.
 */
public final class Departments {

    private Departments() {
    }

    /**
     * Each department a theme of the run names (from its codebook, or set by the analyst), in name order, with the
     * positions of its themes in the run; empty when no theme names one.
     */
    public static Map<String, Set<Integer>> of(ThemeRun run) {
        Map<String, Set<Integer>> out = new TreeMap<>();
        for (int position = 0; position < run.themes().themes().size(); position++) {
            if (run.identity().isProposed(position)) {
                continue;
            }
            String department = run.identity().departmentOf(position);
            if (!department.isEmpty()) {
                out.computeIfAbsent(department, d -> new TreeSet<>()).add(position);
            }
        }
        return out;
    }

    /** Theme position to the department it goes to, for the themes of {@link #of} (empty without a codebook). */
    public static Map<Integer, String> byTheme(ThemeRun run) {
        Map<Integer, String> out = new TreeMap<>();
        of(run).forEach((department, positions) -> positions.forEach(p -> out.put(p, department)));
        return out;
    }

    /** One set of choices per department of {@link #of}, files named after it, in department order. */
    public static java.util.List<ExportChoices> choices(ExportChoices all, ThemeRun run) {
        return of(run).entrySet().stream().map(d -> all.forDepartment(d.getKey(), d.getValue())).toList();
    }
}
