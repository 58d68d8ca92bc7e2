package org.civicthemes.io.read;

/**
 * A source that cannot be imported. The message is one sentence for the analyst: what is wrong, where,
 * and what to do about it. It never carries a stack trace to the user.
 */
public final class ImportException extends Exception {

    public ImportException(String message) {
        super(message);
    }

    public ImportException(String message, Throwable cause) {
        super(message, cause);
    }
}
