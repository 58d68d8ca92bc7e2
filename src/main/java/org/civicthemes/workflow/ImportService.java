package org.civicthemes.workflow;

import java.nio.file.Path;
import org.civicthemes.io.read.ImportException;
import org.civicthemes.io.read.SpreadsheetImporter;
import org.civicthemes.model.ImportOptions;
import org.civicthemes.model.ImportPreview;
import org.civicthemes.model.ImportResult;
import org.civicthemes.progress.CancellationToken;
import org.civicthemes.progress.ProgressListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Reads exports for both faces: a preview to check the columns, then the import of every row. */
public final class ImportService {

    /** Counts and times only, never a file's content (see DiagnosticLog). */
    private static final Logger LOG = LoggerFactory.getLogger(ImportService.class);

    private final SpreadsheetImporter importer = new SpreadsheetImporter();

    /** The sheets, header, first rows and detected column roles of a file, without importing it. */
    public ImportPreview preview(Path file, ImportOptions options) throws BadInputException {
        try {
            return importer.preview(file, options);
        } catch (ImportException e) {
            throw new BadInputException(e.getMessage(), e);
        }
    }

    /** Imports every row of a file; the report accounts for each one. */
    public ImportResult importFile(Path file, ImportOptions options, ProgressListener progress,
                                   CancellationToken cancel) throws BadInputException {
        long start = System.nanoTime();
        try {
            ImportResult result = importer.importFile(file, options, progress, cancel);
            LOG.info("Imported a {} file: {} rows read, {} imported, {} skipped, {} warnings, in {} ms",
                    result.report().source().format(), result.report().rowsRead(), result.report().rowsImported(),
                    result.report().rowsSkipped(), result.report().totalWarnings(),
                    (System.nanoTime() - start) / 1_000_000);
            return result;
        } catch (ImportException e) {
            LOG.info("An import stopped as bad input ({}) after {} ms", e.getClass().getSimpleName(),
                    (System.nanoTime() - start) / 1_000_000);
            throw new BadInputException(e.getMessage(), e);
        }
    }
}
