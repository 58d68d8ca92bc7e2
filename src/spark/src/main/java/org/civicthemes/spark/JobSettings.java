package org.civicthemes.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The job's choices, validated once.
 *
 * @param files      the exports, expanded ({@link ExportFiles})
 * @param out        the output folder (a path or a URI Spark writes to)
 * @param codebook   the codebook to place by, or null to find themes on a sample
 * @param sample     requests themes are found on (and proposed themes among those that fit none)
 * @param seed       the seed of the sample
 * @param meaning    read the sample's meaning when finding themes
 * @param partitions partitions requests are placed in; 0: four per core
 */
record JobSettings(List<String> files, String out, Path codebook, int sample, long seed, boolean meaning,
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

    static JobSettings of(SparkThemesJob job) throws IOException {
        String meaning = job.meaning.toLowerCase(Locale.ROOT);
        if (!meaning.equals("on") && !meaning.equals("off")) {
            throw new IllegalArgumentException("--meaning " + job.meaning + " is not understood: give on or off.");
        }
        if (!job.out.contains("://") && Files.exists(Path.of(job.out))) {
            throw new IllegalArgumentException("The output folder " + job.out + " exists already: give a new one "
                    + "(the job never writes over results).");
        }
        ReadingArgs reading = new ReadingArgs(job.args());
        reading.importOptions(); // an unknown column role is refused here, before Spark starts work
        return new JobSettings(ExportFiles.expand(job.inputs), job.out, job.codebook, job.sample, job.seed,
                meaning.equals("on"), job.partitions, reading);
    }
}
