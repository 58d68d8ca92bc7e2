package org.civicthemes.model;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the analyst chose about reading a file; anything left unset is detected.
 *
 * @param sheet     the sheet to read, or null to pick the sheet that holds the data
 * @param headerRow the 1-based row of column names, or 0 to find it
 * @param columns   roles the analyst set by column name (or spreadsheet letter); an empty list clears a role
 * @param preset    a known export layout whose column names decide first, or {@link ColumnPreset#AUTO}
 */
public record ImportOptions(String sheet, int headerRow, Map<ColumnRole, List<String>> columns, ColumnPreset preset) {

    public static final ImportOptions DETECT_ALL = new ImportOptions(null, 0, Map.of(), ColumnPreset.AUTO);

    public ImportOptions {
        if (headerRow < 0) {
            throw new IllegalArgumentException("The header row is a row number from 1, or 0 to find it: " + headerRow);
        }
        preset = preset == null ? ColumnPreset.AUTO : preset;
        if (sheet != null && sheet.isBlank()) {
            sheet = null;
        }
        Map<ColumnRole, List<String>> copy = new EnumMap<>(ColumnRole.class);
        columns.forEach((role, cols) -> {
            if (cols.size() > 1 && !role.allowsSeveralColumns()) {
                throw new IllegalArgumentException(role.displayName() + " takes one column, not " + cols);
            }
            copy.put(role, List.copyOf(cols));
        });
        columns = copy.isEmpty() ? Map.of() : java.util.Collections.unmodifiableMap(copy);
    }

    public Optional<String> sheetName() {
        return Optional.ofNullable(sheet);
    }

    public ImportOptions withSheet(String name) {
        return new ImportOptions(name, headerRow, columns, preset);
    }

    public ImportOptions withHeaderRow(int row) {
        return new ImportOptions(sheet, row, columns, preset);
    }

    public ImportOptions withPreset(ColumnPreset layout) {
        return new ImportOptions(sheet, headerRow, columns, layout);
    }

    /** A copy where {@code role} is read from the given columns (none: the role is not read at all). */
    public ImportOptions withColumns(ColumnRole role, List<String> names) {
        Map<ColumnRole, List<String>> copy = new EnumMap<>(ColumnRole.class);
        copy.putAll(columns);
        copy.put(role, names);
        return new ImportOptions(sheet, headerRow, copy, preset);
    }
}
