package org.civicthemes.sample;

import java.io.IOException;
import java.nio.file.Path;
import org.civicthemes.progress.CancellationToken;
import org.civicthemes.progress.ProgressListener;

/**
 * Stop-gap entry point until the {@code generate-sample} sub-command exists:
 * {@code java org.civicthemes.sample.SampleExportMain OUTFILE [ROWS] [SEED]}. Prints only its usage on error.
 */
public final class SampleExportMain {

    private SampleExportMain() {
    }

    public static void main(String[] args) {
        int status = run(args);
        if (status != 0) {
            System.exit(status);
        }
    }

    static int run(String[] args) {
        if (args.length < 1 || args.length > 3) {
            System.err.println("usage: SampleExportMain OUTFILE(.xlsx|.csv) [ROWS=" + SampleOptions.DEFAULT_ROWS
                    + "] [SEED=" + SampleOptions.DEFAULT_SEED + "]");
            return 2;
        }
        try {
            SampleOptions options = SampleOptions.defaults();
            if (args.length > 1) {
                options = options.withRows(Integer.parseInt(args[1].replace("_", "").replace(",", "")));
            }
            if (args.length > 2) {
                options = options.withSeed(Long.parseLong(args[2]));
            }
            long startNanos = System.nanoTime();
            SampleExportGenerator.write(Path.of(args[0]), options, ProgressListener.NONE, CancellationToken.NEVER);
            System.out.printf("Wrote %,d rows to %s in %.1f s%n", options.rows(), args[0],
                    (System.nanoTime() - startNanos) / 1e9);
            return 0;
        } catch (NumberFormatException e) {
            System.err.println("ROWS and SEED must be whole numbers: " + e.getMessage());
            return 2;
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            return 2;
        } catch (IOException e) {
            System.err.println("Could not write " + args[0] + ": " + e);
            return 1;
        }
    }
}
