package org.civicthemes.workflow;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import org.civicthemes.progress.CancellationToken;
import org.civicthemes.progress.ProgressListener;
import org.civicthemes.sample.SampleExportGenerator;
import org.civicthemes.sample.SampleOptions;

/** Writes synthetic 311 exports like the bundled sample, of any size, for trying things out and for benchmarks. */
public final class SampleDataService {

    public static final int DEFAULT_ROWS = SampleOptions.DEFAULT_ROWS;
    public static final long DEFAULT_SEED = SampleOptions.DEFAULT_SEED;

    /**
     * Writes {@code rows} requests to an .xlsx or .csv file (by its extension).
     *
     * @throws IllegalArgumentException when the options are out of range, with a message that says so
     */
    public void write(Path out, int rows, long seed, LocalDate start, LocalDate end, ProgressListener progress,
                      CancellationToken cancel) throws IOException {
        SampleOptions options = new SampleOptions(rows, seed,
                start == null ? SampleOptions.DEFAULT_START : start, end == null ? SampleOptions.DEFAULT_END : end);
        SampleExportGenerator.write(out, options, progress, cancel);
    }
}
