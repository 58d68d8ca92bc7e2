package org.civicthemes.workflow;

import java.nio.file.Path;
import org.civicthemes.io.read.ImportException;
import org.civicthemes.io.read.SpreadsheetImporter;
import org.civicthemes.model.ImportOptions;
import org.civicthemes.model.ImportPreview;
import org.civicthemes.model.ImportResult;
import org.civicthemes.progress.CancellationToken;
import org.civicthemes.progress.ProgressListener;

/** Reads exports for both faces: a preview to check the columns, then the import of every row. */
public final class ImportService {

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
        try {
            return importer.importFile(file, options, progress, cancel);
        } catch (ImportException e) {
            throw new BadInputException(e.getMessage(), e);
        }
    }
}
