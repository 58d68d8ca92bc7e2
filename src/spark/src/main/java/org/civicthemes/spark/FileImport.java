package org.civicthemes.spark;

import java.nio.file.Path;
import java.util.Collections;
import java.util.Iterator;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.util.CollectionAccumulator;
import org.civicthemes.model.ImportResult;
import org.civicthemes.model.ServiceRequest;
import org.civicthemes.progress.CancellationToken;
import org.civicthemes.progress.ProgressListener;
import org.civicthemes.workflow.BadInputException;
import org.civicthemes.workflow.ImportService;

/**
 * Imports one export on an executor with the desktop's importer (column roles, dates, every row imported or skipped
 * with a reason) and hands on its requests as rows of {@link RequestRows#IMPORTED}; what became of the file's rows
 * goes to an accumulator. A file the importer refuses is counted with its reason; the other files go on.
 */
final class FileImport implements FlatMapFunction<String, Row> {

    private static final long serialVersionUID = 1L;

    private final ReadingArgs reading;
    private final CollectionAccumulator<FileCounts> counts;

    FileImport(ReadingArgs reading, CollectionAccumulator<FileCounts> counts) {
        this.reading = reading;
        this.counts = counts;
    }

    @Override
    public Iterator<Row> call(String file) {
        ImportResult result;
        try {
            result = new ImportService().importFile(Path.of(file), reading.importOptions(), ProgressListener.NONE,
                    CancellationToken.NEVER);
        } catch (BadInputException e) {
            counts.add(FileCounts.refused(file, e.getMessage()));
            return Collections.emptyIterator();
        }
        counts.add(FileCounts.of(file, result.report()));
        return rowsOf(file, result);
    }

    /** The requests of an imported export as rows of {@link RequestRows#IMPORTED}. */
    static Iterator<Row> rowsOf(String file, ImportResult result) {
        Iterator<ServiceRequest> requests = result.dataset().requests().iterator();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return requests.hasNext();
            }

            @Override
            public Row next() {
                ServiceRequest r = requests.next();
                return RowFactory.create(file, r.sourceRow(), r.requestId(), r.text(), r.created(), r.category(),
                        r.district());
            }
        };
    }
}
