package org.civicthemes.workflow;

import java.nio.file.Path;
import org.civicthemes.io.write.SparkResultsException;
import org.civicthemes.io.write.SparkResultsFile;
import org.civicthemes.model.SparkResults;
import org.civicthemes.progress.CancellationToken;
import org.civicthemes.progress.ProgressListener;

/**
 * Opens the results folder of a Spark run (themes.json and cube.csv; the requests themselves stay in its Parquet
 * files) for the faces to show: the themes, what became of every export's rows, and the count cube the time views
 * are computed from.
 */
public final class SparkResultsService {

    /** Whether a path is a folder that holds the job's results (so a face can open it rather than import it). */
    public boolean isResultsFolder(Path path) {
        return SparkResultsFile.looksLikeResults(path);
    }

    /** Reads the results; a folder that is not the job's results, or a damaged one, is refused in one sentence. */
    public SparkResults open(Path folder, ProgressListener progress, CancellationToken cancel)
            throws BadInputException {
        try {
            progress.update("Reading the results", 0, -1);
            return SparkResultsFile.read(folder.toAbsolutePath(), progress, cancel);
        } catch (SparkResultsException e) {
            throw new BadInputException(e.getMessage(), e);
        }
    }
}
