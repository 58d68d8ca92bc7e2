package org.civicthemes.spark;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.Comparator;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A file of any Hadoop file system (HDFS, S3, ...) copied into a new temporary folder on this machine under its own
 * name, for the desktop's importer, which reads local files and names them by their file name; closing deletes the
 * copy and its folder.
 */
final class LocalCopy implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LocalCopy.class);

    private final java.nio.file.Path folder;
    private final java.nio.file.Path file;

    private LocalCopy(java.nio.file.Path folder, java.nio.file.Path file) {
        this.folder = folder;
        this.file = file;
    }

    /** Copies {@code source} into a new folder in the JVM's temporary folder (on YARN: the container's). */
    static LocalCopy of(Path source, Configuration hadoop) throws IOException {
        return in(java.nio.file.Path.of(System.getProperty("java.io.tmpdir")), source, hadoop);
    }

    /** Copies {@code source} into a new folder inside {@code parent}. */
    static LocalCopy in(java.nio.file.Path parent, Path source, Configuration hadoop) throws IOException {
        java.nio.file.Path folder = Files.createTempDirectory(parent, "civicthemes-export-");
        LocalCopy copy = new LocalCopy(folder, folder.resolve(source.getName()));
        try (InputStream in = source.getFileSystem(hadoop).open(source)) {
            Files.copy(in, copy.file);
        } catch (IOException | RuntimeException e) {
            copy.close();
            throw e;
        }
        return copy;
    }

    /** The local copy, with the source's file name. */
    java.nio.file.Path file() {
        return file;
    }

    /** Deletes the copy and its folder; a copy that cannot be deleted is logged, the import it served stands. */
    @Override
    public void close() {
        try (Stream<java.nio.file.Path> files = Files.walk(folder)) {
            for (java.nio.file.Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            LOG.warn("Could not delete the temporary copy {}: {}", folder, e.getMessage());
        }
    }
}
