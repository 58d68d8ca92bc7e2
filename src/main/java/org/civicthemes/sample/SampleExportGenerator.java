package org.civicthemes.sample;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Objects;
import org.civicthemes.progress.CancellationToken;
import org.civicthemes.progress.ProgressListener;

/**
 * Writes the synthetic 311 export of the fictional city of Riverton: the bundled sample data and the large files
 * used for benchmarks. The same options always give the same file, byte for byte.
 */
public final class SampleExportGenerator {

    /** The step name given to the progress listener. */
    public static final String STEP = "Writing sample requests";
    /** Rows between progress reports and cancel checks. */
    static final int CHECK_EVERY = 2_000;

    private SampleExportGenerator() {
    }

    /**
     * Writes {@code options.rows()} requests to {@code out}, as .xlsx or .csv according to its extension. The file
     * is written next to its destination under a temporary name and moved into place when complete, so a failure
     * or a cancel leaves no partial file.
     *
     * @throws IllegalArgumentException when the extension is neither .xlsx nor .csv, or a .xlsx would need more
     *                                  rows than a sheet holds
     * @throws IOException              when the file cannot be written
     * @throws org.civicthemes.progress.CancelledException when {@code cancel} was cancelled
     */
    public static void write(Path out, SampleOptions options, ProgressListener progress, CancellationToken cancel)
            throws IOException {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(progress, "progress");
        Objects.requireNonNull(cancel, "cancel");
        SampleFormat format = SampleFormat.of(out);
        if (format == SampleFormat.XLSX && options.rows() > XlsxRowSink.MAX_ROWS) {
            throw new IllegalArgumentException("A .xlsx sheet holds at most " + XlsxRowSink.MAX_ROWS
                    + " rows below its title lines; " + options.rows() + " were asked for. Write a .csv instead.");
        }
        Path target = out.toAbsolutePath();
        Path folder = target.getParent();
        Files.createDirectories(folder);
        // not Files.createTempFile: its owner-only permissions would stay with the finished file
        Path temp = folder.resolve("." + target.getFileName() + "." + ProcessHandle.current().pid() + "-"
                + System.nanoTime() + ".part");
        boolean moved = false;
        try {
            cancel.throwIfCancelled();
            progress.update(STEP, 0, options.rows());
            RowSink sink = format == SampleFormat.XLSX ? new XlsxRowSink(temp, options) : new CsvRowSink(temp);
            writeRows(sink, options, progress, cancel);
            moveIntoPlace(temp, target);
            moved = true;
            progress.update(STEP, options.rows(), options.rows());
        } finally {
            if (!moved) {
                Files.deleteIfExists(temp);
            }
        }
    }

    private static void writeRows(RowSink sink, SampleOptions options, ProgressListener progress,
                                  CancellationToken cancel) throws IOException {
        boolean finished = false;
        try {
            SampleRows rows = new SampleRows(options);
            long done = 0;
            while (rows.hasNext()) {
                sink.accept(rows.next());
                done++;
                if (done % CHECK_EVERY == 0) {
                    cancel.throwIfCancelled();
                    progress.update(STEP, done, options.rows());
                }
            }
            cancel.throwIfCancelled();
            sink.finish();
            finished = true;
        } finally {
            if (!finished) {
                sink.discard();
            }
        }
    }

    private static void moveIntoPlace(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
