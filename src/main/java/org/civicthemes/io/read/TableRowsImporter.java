package org.civicthemes.io.read;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.civicthemes.model.ImportOptions;
import org.civicthemes.model.ImportResult;
import org.civicthemes.model.SourceFormat;
import org.civicthemes.progress.CancellationToken;
import org.civicthemes.progress.ProgressListener;

/**
 * Imports rows another program read (the Spark job's Parquet exports) exactly as a CSV file with the same header and
 * values would be imported: column roles, dates, text joined, every row imported or skipped with a reason. Row 1 is
 * the column names; the data rows are numbered from 2.
 */
public final class TableRowsImporter {

    /**
     * @param name     the export's name, as the report and warnings name it
     * @param location the export's full path
     * @param columns  the column names
     * @param rows     the values of each row as text ("" for none), read once
     * @throws ImportException when the rows cannot be imported, with one sentence for the analyst
     */
    public ImportResult importRows(String name, String location, List<String> columns, Iterator<List<String>> rows,
                                   ImportOptions options, CancellationToken cancel) throws ImportException {
        IteratedTable table = new IteratedTable(columns, rows, HeaderRowFinder.ROWS_LOOKED_AT + TableProbe.SAMPLE_ROWS);
        OpenedSource source = new OpenedSource(SourceFormat.TABLE_ROWS, List.of(table), "", "", List.of(), null);
        try {
            return SpreadsheetImporter.importSource(name, location, source, options.withSheet(null).withHeaderRow(1),
                    ProgressListener.NONE, cancel, CompletableFuture.completedFuture(""));
        } catch (IOException | UncheckedIOException e) {
            throw new ImportException("Reading " + name + " failed part-way (" + e.getMessage() + ").", e);
        }
    }
}
