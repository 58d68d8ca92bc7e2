package org.civicthemes.model;

/** The kind of file a dataset came from, as found from its content (not its name). */
public enum SourceFormat {
    XLSX("Excel workbook (.xlsx)"),
    XLS("Excel 97-2003 workbook (.xls)"),
    DELIMITED_TEXT("Delimited text (.csv, .tsv, .txt)"),
    /** Rows a program hands over with their column names (the Spark job's Parquet exports). */
    TABLE_ROWS("Table of named columns (Parquet)");

    private final String description;

    SourceFormat(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
