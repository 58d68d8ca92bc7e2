package org.civicthemes.spark;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;

/**
 * The job's choices, validated once.
 *
 * @param files      the exports, expanded ({@link ExportFiles})
 * @param out        the output folder (a path or a URI Spark writes to)
 * @param codebook   the codebook to place by as the analyst gave it (a path or a URI), or null to find themes on
 *                   a sample
 * @param sample     requests themes are found on (and proposed themes among those that fit none)
 * @param seed       the seed of the sample
 * @param meaning    read the sample's meaning when finding themes
 * @param partitions partitions requests are placed in; 0: four per core
 */
record JobSettings(List<ExportFile> files, String out, String codebook, int sample, long seed, boolean meaning,
                   int partitions, ReadingArgs reading) {

    static final int DEFAULT_SAMPLE = 20_000;
    static final long DEFAULT_SEED = 42L;
    static final int MIN_SAMPLE = 100;
    static final int MAX_SAMPLE = 1_000_000;

    JobSettings {
        files = List.copyOf(files);
        if (sample < MIN_SAMPLE || sample > MAX_SAMPLE) {
            throw new IllegalArgumentException("--sample " + sample + " is out of range: give " + MIN_SAMPLE
                    + " to " + MAX_SAMPLE + " requests.");
        }
        if (partitions < 0) {
            throw new IllegalArgumentException("--partitions " + partitions + " is negative: give 1 or more, or "
                    + "leave it out.");
        }
    }

    /**
     * @param hadoop the configuration of Spark's file systems, where the exports are found and the output goes
     */
    static JobSettings of(SparkThemesJob job, Configuration hadoop) {
        String meaning = job.meaning.toLowerCase(Locale.ROOT);
        if (!meaning.equals("on") && !meaning.equals("off")) {
            throw new IllegalArgumentException("--meaning " + job.meaning + " is not understood: give on or off.");
        }
        requireNewFolder(job.out, hadoop);
        ReadingArgs reading = new ReadingArgs(job.args());
        reading.importOptions(); // an unknown column role is refused here, before Spark starts work
        return new JobSettings(ExportFiles.expand(job.inputs, hadoop), job.out, job.codebook, job.sample, job.seed,
                meaning.equals("on"), job.partitions, reading);
    }

    /** The output folder, on any file system Spark writes to, must not exist: the job never writes over results. */
    private static void requireNewFolder(String out, Configuration hadoop) {
        org.apache.hadoop.fs.Path folder = HadoopPaths.pathOf(out);
        FileSystem fs = HadoopPaths.fileSystemOf(folder, out, hadoop);
        boolean exists;
        try {
            exists = fs.exists(folder);
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("Could not look at the output folder " + out + " ("
                    + HadoopPaths.firstLine(e) + "): give a path or a URI of a file system Spark writes to, and check "
                    + "Spark's Hadoop configuration for it (credentials, connector).", e);
        }
        if (exists) {
            throw new IllegalArgumentException("The output folder " + out + " exists already: give a new one "
                    + "(the job never writes over results).");
        }
    }
}
