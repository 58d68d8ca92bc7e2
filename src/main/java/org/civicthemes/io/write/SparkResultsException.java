package org.civicthemes.io.write;

/**
 * A folder cannot be opened as the results of a Spark run. The message is one sentence for the analyst that names the
 * file, says what is wrong (and on which line, for a damaged cube) and what to do.
 */
public final class SparkResultsException extends Exception {

    public SparkResultsException(String message, Throwable cause) {
        super(message, cause);
    }
}
