package org.civicthemes.ui;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.civicthemes.model.ColumnRole;
import org.civicthemes.model.ImportOptions;

/**
 * The column-roles dialog's choices turned into reading options, as the command line's --text A,B and --column do:
 * a role left "as detected" is not forced; the request text may join several columns, in the order chosen, each
 * once. A column chosen for two roles is refused here in one sentence, before the file is read again.
 */
final class RoleChoices {

    private RoleChoices() {
    }

    /**
     * @param picks        the column picked for each role (null: as detected)
     * @param moreText     more columns to join to the text, in order (null or blank entries ignored)
     * @param detectedText the text columns as detected, joined to when the text itself is left as detected
     * @throws IllegalArgumentException naming the column and both roles when a column is picked twice
     */
    static ImportOptions toOptions(ImportOptions current, Map<ColumnRole, String> picks, List<String> moreText,
                                   List<String> detectedText) {
        Map<ColumnRole, List<String>> columns = new EnumMap<>(ColumnRole.class);
        picks.forEach((role, column) -> {
            if (column != null) {
                columns.put(role, List.of(column));
            }
        });
        Set<String> text = new LinkedHashSet<>(columns.getOrDefault(ColumnRole.REQUEST_TEXT, List.of()));
        for (String column : moreText) {
            if (column != null && !column.isBlank()) {
                if (text.isEmpty()) {
                    if (detectedText.isEmpty()) {
                        throw new IllegalArgumentException("Choose the request text's first column before the"
                                + " columns to join to it ('" + column + "').");
                    }
                    text.addAll(detectedText);
                }
                text.add(column);
            }
        }
        if (!text.isEmpty()) {
            columns.put(ColumnRole.REQUEST_TEXT, new ArrayList<>(text));
        }
        Map<String, ColumnRole> roleOf = new java.util.HashMap<>();
        columns.forEach((role, names) -> names.forEach(name -> {
            ColumnRole other = roleOf.put(name, role);
            if (other != null) {
                throw new IllegalArgumentException("Column '" + name + "' is chosen as both " + other.displayName()
                        + " and " + role.displayName() + "; choose it for one role only.");
            }
        }));
        return new ImportOptions(current.sheet(), current.headerRow(), columns, current.preset());
    }
}
