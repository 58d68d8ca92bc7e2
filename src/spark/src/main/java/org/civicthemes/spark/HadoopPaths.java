package org.civicthemes.spark;

import java.io.IOException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.UnsupportedFileSystemException;

/**
 * A path or URI the analyst gave (an input, the output folder) as a Hadoop path and its file system, with one
 * sentence saying what to do when there is none: no connector for its scheme here, or a file system that cannot be
 * reached.
 */
final class HadoopPaths {

    private HadoopPaths() {
    }

    /** @throws IllegalArgumentException when the text is not a path or URI, in one sentence */
    static Path pathOf(String given) {
        try {
            return new Path(given);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + given + "' is not a path or a URI (" + firstLine(e) + "): give "
                    + "a path such as exports/2025-01.csv or a URI such as s3a://bucket/311/2025-01.csv.", e);
        }
    }

    /**
     * The file system a path the analyst gave is on.
     *
     * @param given the path as the analyst gave it, for the message
     * @throws IllegalArgumentException when no connector for its scheme is on the class path, or the file system
     *                                  cannot be reached, in one sentence
     */
    static FileSystem fileSystemOf(Path path, String given, Configuration hadoop) {
        try {
            return path.getFileSystem(hadoop);
        } catch (UnsupportedFileSystemException e) {
            throw noConnector(given, e);
        } catch (IOException | RuntimeException e) {
            if (causedBy(e, ClassNotFoundException.class)) {
                throw noConnector(given, e); // a scheme Hadoop knows (s3a) whose connector jar is missing
            }
            throw new IllegalArgumentException("Could not reach the file system of " + given + " (" + firstLine(e)
                    + "): check the URI, and Spark's Hadoop configuration for it (credentials, connector).", e);
        }
    }

    /** The first line of an exception's message (a file system's messages may run to several). */
    static String firstLine(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().strip();
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end).strip();
    }

    private static IllegalArgumentException noConnector(String given, Exception e) {
        return new IllegalArgumentException("No file system here handles " + given + " (" + firstLine(e) + "): give "
                + "a local path, or a URI of a file system Spark has a connector for (hdfs://, s3a:// with hadoop-aws, "
                + "abfss://, gs://).", e);
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> kind) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (kind.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
