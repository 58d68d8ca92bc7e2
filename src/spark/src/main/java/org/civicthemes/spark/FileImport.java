package org.civicthemes.spark;

import java.io.IOException;
import java.util.Collections;
import java.util.Iterator;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.util.CollectionAccumulator;
import org.apache.spark.util.SerializableConfiguration;
import org.civicthemes.model.ImportOptions;
import org.civicthemes.model.ImportResult;
import org.civicthemes.model.ServiceRequest;
import org.civicthemes.progress.CancellationToken;
import org.civicthemes.progress.ProgressListener;
import org.civicthemes.workflow.BadInputException;
import org.civicthemes.workflow.ImportService;

/**
 * Imports one export on an executor with the desktop's importer (column roles, dates, every row imported or skipped
 * with a reason) and hands on its requests as rows of {@link RequestRows#IMPORTED}; what became of the file's rows
 * goes to an accumulator. A file on the local file system is read in place; a file on any other Hadoop file system
 * (HDFS, S3, ...) is copied to a temporary local file of the same name first ({@link LocalCopy}). A file the
 * importer refuses, or that cannot be copied, is counted with its reason; the other files go on.
 */
final class FileImport implements FlatMapFunction<ExportFile, Row> {

    private static final long serialVersionUID = 1L;

    private final ReadingArgs reading;
    private final Broadcast<SerializableConfiguration> hadoop;
    private final CollectionAccumulator<FileCounts> counts;

    FileImport(ReadingArgs reading, Broadcast<SerializableConfiguration> hadoop,
               CollectionAccumulator<FileCounts> counts) {
        this.reading = reading;
        this.hadoop = hadoop;
        this.counts = counts;
    }

    @Override
    public Iterator<Row> call(ExportFile export) {
        ImportResult result;
        try {
            result = importExport(export, hadoop.value().value(), reading.importOptions());
        } catch (BadInputException e) {
            counts.add(FileCounts.refused(export.name(), e.getMessage()));
            return Collections.emptyIterator();
        }
        counts.add(FileCounts.of(export.name(), result.report()));
        return rowsOf(export.name(), result);
    }

    /**
     * Imports an export wherever it is: in place on the local file system, from a local copy otherwise.
     *
     * @throws BadInputException when the importer refuses the file or it cannot be copied, in one sentence that
     *                           names the export as the analyst gave it
     */
    static ImportResult importExport(ExportFile export, Configuration hadoop, ImportOptions options)
            throws BadInputException {
        Path location = new Path(export.location());
        if (ExportFiles.isLocal(location)) {
            return importLocal(java.nio.file.Path.of(location.toUri().getPath()), options);
        }
        LocalCopy copy;
        try {
            copy = LocalCopy.of(location, hadoop);
        } catch (IOException e) {
            throw new BadInputException(export.name() + " could not be copied from its file system to this machine ("
                    + HadoopPaths.firstLine(e) + "); check that it is still there and that the cluster may read it.",
                    e);
        }
        try (copy) {
            return importLocal(copy.file(), options);
        } catch (BadInputException e) {
            // the importer names files by their file name, which the copy keeps; never show the temporary path
            throw new BadInputException(e.getMessage().replace(copy.file().toString(), export.name()), e);
        }
    }

    private static ImportResult importLocal(java.nio.file.Path file, ImportOptions options) throws BadInputException {
        return new ImportService().importFile(file, options, ProgressListener.NONE, CancellationToken.NEVER);
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
