package org.civicthemes.io.read;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.civicthemes.model.ColumnMapping;
import org.civicthemes.model.ColumnRole;

/** The column indexes of each role, worked out once from the names so that rows are read by index. */
final class ColumnLayout {

    private static final int[] NONE = new int[0];
    private final Map<ColumnRole, int[]> indexes = new EnumMap<>(ColumnRole.class);
    private final List<String> names;

    ColumnLayout(List<String> names, ColumnMapping mapping) {
        this.names = names;
        for (ColumnRole role : ColumnRole.values()) {
            indexes.put(role, mapping.columnsOf(role).stream().mapToInt(names::indexOf).filter(i -> i >= 0).toArray());
        }
    }

    int[] of(ColumnRole role) {
        return indexes.getOrDefault(role, NONE);
    }

    /** The one column of a single-column role, or -1. */
    int single(ColumnRole role) {
        int[] i = of(role);
        return i.length == 0 ? -1 : i[0];
    }

    String name(int index) {
        return names.get(index);
    }

    int width() {
        return names.size();
    }
}
