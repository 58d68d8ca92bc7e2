package org.civicthemes.io.write;

/**
 * A project file cannot be opened. The message is one sentence for the analyst that names the file, says what is
 * wrong (and where, for a damaged file) and what to do.
 */
public final class ProjectFileException extends Exception {

    public ProjectFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
