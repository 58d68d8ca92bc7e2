package org.civicthemes.io.read;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.civicthemes.model.ColumnAssignment;
import org.civicthemes.model.ColumnMapping;
import org.civicthemes.model.ImportOptions;
import org.civicthemes.model.ColumnRole;

/**
 * The first look at a source: which table holds the data, where its header is, what its columns are
 * called, a sample of values, and the roles to read the columns with (detected, then the analyst's
 * choices on top).
 */
final class TableProbe {

    static final int SAMPLE_ROWS = 500;

    final TableSource table;
    final int headerRow;
    final List<String> headerCells;
    final List<String> names;
    final List<List<String>> samples;
    final ColumnMapping mapping;
    final List<String> notes = new ArrayList<>();

    private TableProbe(TableSource table, int headerRow, List<String> headerCells, List<String> names,
                       List<List<String>> samples, ColumnMapping mapping) {
        this.table = table;
        this.headerRow = headerRow;
        this.headerCells = headerCells;
        this.names = names;
        this.samples = samples;
        this.mapping = mapping;
    }

    static TableProbe of(String fileName, OpenedSource source, ImportOptions options)
            throws IOException, ImportException {
        TableSource table = chooseTable(fileName, source, options);
        String where = table.sheetName().isEmpty() ? "" : " (sheet '" + table.sheetName() + "')";
        List<NumberedRow> rows = TablePeek.firstRows(table, HeaderRowFinder.ROWS_LOOKED_AT + SAMPLE_ROWS);
        int headerIndex = headerIndex(fileName + where, rows, options);
        NumberedRow header = rows.get(headerIndex);
        List<NumberedRow> data = rows.subList(headerIndex + 1, rows.size());
        if (data.stream().allMatch(NumberedRow::isBlank)) {
            throw ImportFailures.noDataRows(fileName, where);
        }
        int width = width(header, data);
        List<String> names = ColumnNames.fromHeader(header.cells(), width);
        List<List<String>> samples = new ArrayList<>();
        for (NumberedRow r : data) {
            if (!r.isBlank() && !r.cells().equals(header.cells()) && samples.size() < SAMPLE_ROWS) {
                List<String> padded = new ArrayList<>(width);
                for (int i = 0; i < width; i++) {
                    padded.add(r.cell(i).strip());
                }
                samples.add(padded);
            }
        }
        ColumnMapping detected = new ColumnRoleDetector().detect(names, samples, options.preset());
        ColumnMapping mapping = applyChoices(fileName + where, detected, names, options.columns());
        TableProbe probe = new TableProbe(table, header.number(), header.cells(), names, samples, mapping);
        if (!table.sheetName().isEmpty() && source.tables().size() > 1) {
            probe.notes.add("Read sheet '" + table.sheetName() + "' (the workbook's sheets: "
                    + String.join(", ", source.sheetNames()) + ").");
        }
        RepeatedHeaderNames.note(header.cells(), names, mapping).ifPresent(probe.notes::add);
        if (header.number() > 1) {
            int above = header.number() - 1;
            probe.notes.add("The column names are on row " + header.number() + "; the " + (above == 1 ? "line"
                    : above + " lines") + " above it " + (above == 1 ? "was" : "were") + " not read as requests.");
        }
        return probe;
    }

    private static TableSource chooseTable(String fileName, OpenedSource source, ImportOptions options)
            throws IOException, ImportException {
        List<TableSource> tables = source.tables();
        if (options.sheet() != null) {
            for (TableSource t : tables) {
                if (t.sheetName().equalsIgnoreCase(options.sheet().strip())) {
                    return t;
                }
            }
            if (source.format() == org.civicthemes.model.SourceFormat.DELIMITED_TEXT) {
                throw new ImportException(fileName + " is a text file and has no sheets; leave out the sheet name.");
            }
            throw new ImportException(fileName + " has no sheet named '" + options.sheet() + "'. Its sheets are: "
                    + String.join(", ", source.sheetNames()) + ".");
        }
        if (tables.size() == 1) {
            return tables.get(0);
        }
        TableSource best = null;
        double bestScore = -1;
        for (TableSource t : tables) {
            double score = SheetChooser.score(t.sheetName(), TablePeek.firstRows(t, SheetChooser.ROWS_LOOKED_AT));
            if (score > bestScore) {
                best = t;
                bestScore = score;
            }
        }
        if (bestScore <= 0) {
            throw ImportFailures.noRows(fileName);
        }
        return best;
    }

    private static int headerIndex(String where, List<NumberedRow> rows, ImportOptions options)
            throws ImportException {
        if (options.headerRow() > 0) {
            for (int i = 0; i < rows.size(); i++) {
                if (rows.get(i).number() == options.headerRow()) {
                    return i;
                }
            }
            throw new ImportException(where + " has no row " + options.headerRow() + " near the top to take as the "
                    + "header. Give the row that holds the column names, or leave it to be found.");
        }
        int index = HeaderRowFinder.find(rows);
        if (index < 0) {
            throw ImportFailures.noRows(where);
        }
        return index;
    }

    private static ColumnMapping applyChoices(String where, ColumnMapping detected, List<String> names,
                                              Map<ColumnRole, List<String>> choices) throws ImportException {
        ColumnMapping mapping = detected;
        for (Map.Entry<ColumnRole, List<String>> choice : choices.entrySet()) {
            if (choice.getValue().isEmpty()) {
                mapping = mapping.without(choice.getKey());
                continue;
            }
            List<String> resolved = new ArrayList<>();
            for (String wanted : choice.getValue()) {
                resolved.add(ColumnNames.resolve(names, wanted).orElseThrow(() -> new ImportException(
                        "There is no column '" + wanted + "' in " + where + " for " + choice.getKey().displayName()
                                + ". Its columns are: " + String.join(", ", names) + ".")));
            }
            mapping = mapping.with(ColumnAssignment.chosen(choice.getKey(), resolved));
        }
        return mapping;
    }

    /**
     * The header's width, widened to the data's when most data rows have values beyond it (a header with
     * unnamed columns); a few wider rows are broken rows, reported as such when read.
     */
    private static int width(NumberedRow header, List<NumberedRow> data) {
        int headerWidth = lastFilled(header) + 1;
        List<NumberedRow> filled = data.stream().filter(r -> !r.isBlank()).toList();
        long wider = filled.stream().filter(r -> lastFilled(r) + 1 > headerWidth).count();
        if (wider * 2 <= filled.size()) {
            return headerWidth;
        }
        return Math.max(headerWidth, filled.stream().mapToInt(r -> lastFilled(r) + 1).max().orElse(0));
    }

    private static int lastFilled(NumberedRow row) {
        for (int i = row.cells().size() - 1; i >= 0; i--) {
            if (!row.cells().get(i).isBlank()) {
                return i;
            }
        }
        return -1;
    }

    /** The sample values of one column. */
    List<String> samplesOf(String column) {
        int index = names.indexOf(column);
        return index < 0 ? List.of() : samples.stream().map(r -> r.get(index)).toList();
    }
}
