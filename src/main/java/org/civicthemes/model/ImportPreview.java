package org.civicthemes.model;

import java.util.List;

/**
 * What a file looks like before it is imported: its sheets, the header found, the first data rows and
 * the roles detected for its columns, so the analyst can check and correct them.
 *
 * @param fileName  the file's name
 * @param format    what its content is
 * @param sheets    every sheet (empty for a text file)
 * @param sheet     the sheet that would be read
 * @param headerRow the 1-based row of column names
 * @param columns   the column names
 * @param rows      the first data rows, each as long as {@code columns}
 * @param mapping   the roles that would be used
 * @param notes     facts about the file ("read as UTF-8 with BOM, semicolon-separated")
 */
public record ImportPreview(String fileName, SourceFormat format, List<String> sheets, String sheet, int headerRow,
                            List<String> columns, List<List<String>> rows, ColumnMapping mapping, List<String> notes) {

    public ImportPreview {
        sheets = List.copyOf(sheets);
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
        notes = List.copyOf(notes);
    }
}
