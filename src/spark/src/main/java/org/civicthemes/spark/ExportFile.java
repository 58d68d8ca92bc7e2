package org.civicthemes.spark;

import java.io.Serializable;

/**
 * One export a run reads, as {@link ExportFiles} found it.
 *
 * @param name     what the analyst sees in the results and messages: the absolute path of a file on the local file
 *                 system, the full URI of one on any other ({@code s3a://city-data/311/2025-01.csv})
 * @param location the fully qualified Hadoop path the executors and Spark read ({@code file:/...}, {@code hdfs://...})
 * @param parquet  read by Spark as Parquet (a .parquet file, or a folder of part files); otherwise by the desktop's
 *                 importer
 */
record ExportFile(String name, String location, boolean parquet) implements Serializable {

    private static final long serialVersionUID = 1L;
}
