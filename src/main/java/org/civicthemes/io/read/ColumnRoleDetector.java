package org.civicthemes.io.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.civicthemes.model.ColumnAssignment;
import org.civicthemes.model.ColumnMapping;
import org.civicthemes.model.ColumnRole;

/** TEMPORARY stand-in until the real detector lands from the roles branch: header names only. */
public final class ColumnRoleDetector {
    public ColumnMapping detect(List<String> headers, List<List<String>> sampleRows) {
        List<ColumnAssignment> out = new ArrayList<>();
        java.util.Set<ColumnRole> used = java.util.EnumSet.noneOf(ColumnRole.class);
        for (String h : headers) {
            String n = h.toLowerCase(Locale.ROOT);
            ColumnRole r = n.contains("desc") || n.equals("text") ? ColumnRole.REQUEST_TEXT
                    : n.startsWith("created") ? ColumnRole.CREATED_DATE
                    : n.startsWith("closed") ? ColumnRole.CLOSED_DATE
                    : n.contains("type") ? ColumnRole.CATEGORY
                    : n.contains("district") ? ColumnRole.DISTRICT : null;
            if (r != null && used.add(r)) {
                out.add(new ColumnAssignment(r, List.of(h), 0.5, "header '" + h + "'"));
            }
        }
        return new ColumnMapping(out);
    }
}
