package org.civicthemes.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.civicthemes.model.ColumnPreset;
import org.civicthemes.model.ColumnRole;
import org.civicthemes.model.ImportOptions;
import picocli.CommandLine.Option;

/**
 * Options that say how to read the input file; shared by the commands that read one (and by the Spark job, src/spark,
 * which reads its exports with the same options).
 */
public final class ReadingOptions {

    @Option(names = "--sheet", paramLabel = "NAME",
            description = "Sheet to read (default: the sheet that holds the data).")
    String sheet;

    @Option(names = "--header-row", paramLabel = "ROW",
            description = "Row that holds the column names, from 1 (default: found).")
    int headerRow;

    @Option(names = "--preset", paramLabel = "NAME",
            description = "A known export layout whose column names decide first: auto (default), open311, nyc311, "
                    + "boston311, chicago311, sf311, salesforce, seeclickfix.")
    String preset = "auto";

    @Option(names = "--text", split = ",", paramLabel = "COL",
            description = "Column(s) with the request text, joined in this order, e.g. --text Summary,Description.")
    List<String> text = new ArrayList<>();

    @Option(names = "--date", paramLabel = "COL", description = "Column with the created date.")
    String date;

    @Option(names = "--category", paramLabel = "COL", description = "Column with the official category or request type.")
    String category;

    @Option(names = "--column", paramLabel = "ROLE=COL",
            description = "Any other role: text, created_date, closed_date, category, status, district, address, "
                    + "latitude, longitude, request_id, channel. An empty COL (district=) reads no column for it. "
                    + "COL may be a name or a column letter.")
    Map<String, String> columns = new java.util.LinkedHashMap<>();

    /** The options as the importer takes them. */
    public ImportOptions toImportOptions() {
        ImportOptions options = new ImportOptions(sheet, headerRow, Map.of(), ColumnPreset.fromKey(preset));
        for (Map.Entry<String, String> e : columns.entrySet()) {
            ColumnRole role = role(e.getKey());
            String col = e.getValue() == null ? "" : e.getValue().strip();
            List<String> cols = col.isEmpty() ? List.of() : role.allowsSeveralColumns()
                    ? List.of(col.split(",")) : List.of(col);
            options = options.withColumns(role, cols);
        }
        if (!text.isEmpty()) {
            options = options.withColumns(ColumnRole.REQUEST_TEXT, text);
        }
        if (date != null) {
            options = options.withColumns(ColumnRole.CREATED_DATE, List.of(date));
        }
        if (category != null) {
            options = options.withColumns(ColumnRole.CATEGORY, List.of(category));
        }
        return options;
    }

    private static ColumnRole role(String key) {
        String k = key.strip().toLowerCase(Locale.ROOT).replace('-', '_');
        if (k.equals("text")) {
            return ColumnRole.REQUEST_TEXT;
        }
        if (k.equals("date") || k.equals("created")) {
            return ColumnRole.CREATED_DATE;
        }
        for (ColumnRole r : ColumnRole.values()) {
            if (r.key().equals(k)) {
                return r;
            }
        }
        throw new IllegalArgumentException("Unknown column role '" + key + "' in --column. Roles: text, "
                + "created_date, closed_date, category, status, district, address, latitude, longitude, "
                + "request_id, channel.");
    }
}
