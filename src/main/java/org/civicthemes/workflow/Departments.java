package org.civicthemes.workflow;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.civicthemes.model.Codebook;
import org.civicthemes.model.CodebookTheme;
import org.civicthemes.model.ThemeRun;

/**
 * The departments a codebook's themes name, and which themes of a run placed by it each one holds: what a
 * per-department summary exports. Proposed new themes, Unclear and No description are in no department.
 */
public final class Departments {

    private Departments() {
    }

    /**
     * Each department named by a codebook theme that is in the run, in name order, with the positions of its themes
     * in the run; empty when no theme of the run names one (or there is no codebook).
     */
    public static Map<String, Set<Integer>> of(ThemeRun run, Codebook codebook) {
        Map<String, Set<Integer>> out = new TreeMap<>();
        if (codebook == null) {
            return out;
        }
        for (int position = 0; position < run.themes().themes().size(); position++) {
            if (run.identity().isProposed(position)) {
                continue;
            }
            String department = codebook.theme(run.identity().idOf(position)).map(CodebookTheme::department)
                    .orElse("").strip();
            if (!department.isEmpty()) {
                out.computeIfAbsent(department, d -> new TreeSet<>()).add(position);
            }
        }
        return out;
    }

    /** Theme position to the department it goes to, for the themes of {@link #of} (empty without a codebook). */
    public static Map<Integer, String> byTheme(ThemeRun run, Codebook codebook) {
        Map<Integer, String> out = new TreeMap<>();
        of(run, codebook).forEach((department, positions) -> positions.forEach(p -> out.put(p, department)));
        return out;
    }

    /** One set of choices per department of {@link #of}, files named after it, in department order. */
    public static java.util.List<ExportChoices> choices(ExportChoices all, ThemeRun run, Codebook codebook) {
        return of(run, codebook).entrySet().stream().map(d -> all.forDepartment(d.getKey(), d.getValue())).toList();
    }
}
