package org.civicthemes.io.write;

/**
 * A codebook file cannot be used. The message is one sentence for the analyst that names the file, says what is
 * wrong (and where, for a damaged file) and what to do.
 */
public final class CodebookFileException extends Exception {

    public CodebookFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
