package org.civicthemes.spark;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.util.CollectionAccumulator;
import org.civicthemes.io.read.ImportException;
import org.civicthemes.io.read.TableRowsImporter;
import org.civicthemes.model.ImportResult;
import org.civicthemes.progress.CancellationToken;

/**
 * Imports the rows of one Parquet export (its values as text, all its part files in one task) with the desktop's
 * importer, exactly as a CSV file of the same columns and values would be imported, and hands on its requests as rows
 * of {@link RequestRows#IMPORTED}; what became of the export's rows goes to an accumulator.
 */
final class ParquetRowsImport implements FlatMapFunction<Iterator<Row>, Row> {

    private static final long serialVersionUID = 1L;

    private final String export;
    private final List<String> columns;
    private final ReadingArgs reading;
    private final CollectionAccumulator<FileCounts> counts;

    ParquetRowsImport(String export, List<String> columns, ReadingArgs reading,
                      CollectionAccumulator<FileCounts> counts) {
        this.export = export;
        this.columns = List.copyOf(columns);
        this.reading = reading;
        this.counts = counts;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> rows) {
        ImportResult result;
        try {
            result = new TableRowsImporter().importRows(new org.apache.hadoop.fs.Path(export).getName(),
                    export, columns, new Cells(rows), reading.importOptions(), CancellationToken.NEVER);
        } catch (ImportException e) {
            counts.add(FileCounts.refused(export, e.getMessage()));
            return Collections.emptyIterator();
        }
        counts.add(FileCounts.of(export, result.report()));
        return FileImport.rowsOf(export, result);
    }

    /** The values of each row as the importer reads cells: text, "" for none. */
    private record Cells(Iterator<Row> rows) implements Iterator<List<String>> {
        @Override
        public boolean hasNext() {
            return rows.hasNext();
        }

        @Override
        public List<String> next() {
            Row row = rows.next();
            List<String> cells = new ArrayList<>(row.size());
            for (int i = 0; i < row.size(); i++) {
                cells.add(row.isNullAt(i) ? "" : row.getString(i));
            }
            return cells;
        }
    }
}
