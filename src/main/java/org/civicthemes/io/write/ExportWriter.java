package org.civicthemes.io.write;

import java.io.IOException;
import java.io.OutputStream;

/** Lays out an export in one file format. */
@FunctionalInterface
public interface ExportWriter {

    /** Writes the whole file to {@code out} (which the caller closes). */
    void writeTo(ExportContent content, OutputStream out) throws IOException;

    /**
     * Writes the file through a temporary file beside it, so a failure half-way leaves nothing behind.
     *
     * @param replace false to leave an existing file as it is and throw
     *                {@link java.nio.file.FileAlreadyExistsException}
     */
    default void write(ExportContent content, java.nio.file.Path target, boolean replace) throws IOException {
        AtomicFile.write(target, out -> writeTo(content, out), replace);
    }
}
