package org.civicthemes.spark;

import java.util.List;

/**
 * {@code themes.json} of a Spark run: the themes with their sizes, the codebook they came from, and what became of
 * every export's rows. Serialized as it stands (Jackson, fields in this order).
 *
 * @param codebook     the codebook file the themes came from, or empty when they were found on a sample
 * @param sample       requests in the sample themes were found on (without a codebook) or proposed themes were
 *                     found on (with one); 0 when none was needed
 * @param requests     requests imported, all placed
 * @param meaning      how the requests' meaning was read ("on", "off")
 */
record ThemesSummary(String format, int formatVersion, String codebook, int nextId, long sample, long seed,
                     long requests, long unclear, long noDescription, String meaning, List<ThemeSize> themes,
                     List<FileCounts> files, Outputs outputs) {

    static final String FORMAT = "civicthemes-spark-results";
    static final int VERSION = 1;

    /** A theme: its id (a codebook id; proposed themes from the codebook's next id), name and size. */
    record ThemeSize(int id, String name, boolean proposed, long requests, double share) {
    }

    /** Where the other results are, relative to the folder. */
    record Outputs(String assignments, String cube, String cubeCsv) {
    }
}
