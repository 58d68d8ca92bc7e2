package org.civicthemes.spark;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The exports a run reads, found through Hadoop's file systems, so that an argument may be on any file system Spark
 * reads ({@code hdfs://}, {@code s3a://}, {@code abfss://}, {@code gs://}, {@code file://}) or, without a scheme, on
 * the default one (the local disk in local mode). Each argument is a file, a folder (its .csv, .tsv, .txt, .xlsx,
 * .xls and .parquet files, not its sub-folders) or a glob ({@code exports/2025-*.csv}). A folder of Parquet part
 * files as Spark writes them ({@code part-*.parquet}) is one export, named directly or matched by a glob.
 */
final class ExportFiles {

    private static final String PARQUET = ".parquet";
    private static final List<String> EXTENSIONS = List.of(".csv", ".tsv", ".txt", ".xlsx", ".xls", PARQUET);
    private static final String LOCAL_SCHEME = "file";

    private ExportFiles() {
    }

    /**
     * @param hadoop the configuration Spark's file systems are made with (credentials, connectors, default file
     *               system)
     * @return the exports in name order, each once
     * @throws IllegalArgumentException when an argument names nothing or cannot be looked at, with what to do
     */
    static List<ExportFile> expand(List<String> inputs, Configuration hadoop) {
        TreeMap<String, ExportFile> exports = new TreeMap<>();
        for (String input : inputs) {
            Path path = HadoopPaths.pathOf(input);
            FileSystem fs = HadoopPaths.fileSystemOf(path, input, hadoop);
            List<FileStatus> found;
            try {
                found = expandOne(fs, path, input);
            } catch (IOException | RuntimeException e) {
                throw new IllegalArgumentException("Could not look at " + input + " (" + HadoopPaths.firstLine(e)
                        + "): check the path, and that Spark's Hadoop configuration can reach that file system "
                        + "(credentials, connector).", e);
            }
            if (found.isEmpty()) {
                throw new IllegalArgumentException("No export found at " + input + ": give a .csv, .tsv, .txt, "
                        + ".xlsx, .xls or .parquet file, a folder that holds some (or Spark's Parquet part files), or "
                        + "a pattern such as exports/*.csv.");
            }
            for (FileStatus status : found) {
                ExportFile export = exportOf(fs.makeQualified(status.getPath()), status.isDirectory());
                exports.putIfAbsent(export.name(), export);
            }
        }
        return new ArrayList<>(exports.values());
    }

    /** Whether a Hadoop path is on the local file system, read in place by the importer on every executor. */
    static boolean isLocal(Path qualified) {
        return LOCAL_SCHEME.equals(qualified.toUri().getScheme());
    }

    private static List<FileStatus> expandOne(FileSystem fs, Path path, String input) throws IOException {
        if (isPattern(input)) {
            FileStatus[] matched = fs.globStatus(path);
            List<FileStatus> found = new ArrayList<>();
            for (FileStatus status : matched == null ? new FileStatus[0] : matched) {
                if (status.isFile() || holdsParquetParts(fs, status)) {
                    found.add(status);
                }
            }
            return found;
        }
        FileStatus status;
        try {
            status = fs.getFileStatus(path);
        } catch (FileNotFoundException e) {
            return List.of();
        }
        if (status.isFile() || holdsParquetParts(fs, status)) {
            return List.of(status);
        }
        List<FileStatus> found = new ArrayList<>();
        for (FileStatus child : fs.listStatus(status.getPath())) {
            if (looksLikeAnExport(child.getPath().getName()) && (child.isFile() || holdsParquetParts(fs, child))) {
                found.add(child);
            }
        }
        return found;
    }

    private static ExportFile exportOf(Path qualified, boolean folder) {
        String name = isLocal(qualified) ? qualified.toUri().getPath() : qualified.toString();
        return new ExportFile(name, qualified.toString(),
                folder || qualified.getName().toLowerCase(Locale.ROOT).endsWith(PARQUET));
    }

    /** A folder Spark wrote a table into: it holds part-*.parquet files. */
    private static boolean holdsParquetParts(FileSystem fs, FileStatus folder) throws IOException {
        if (!folder.isDirectory()) {
            return false;
        }
        for (FileStatus child : fs.listStatus(folder.getPath())) {
            String name = child.getPath().getName().toLowerCase(Locale.ROOT);
            if (child.isFile() && name.startsWith("part-") && name.endsWith(PARQUET)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPattern(String input) {
        return input.contains("*") || input.contains("?") || input.contains("[") || input.contains("{");
    }

    private static boolean looksLikeAnExport(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return EXTENSIONS.stream().anyMatch(lower::endsWith);
    }
}
