package org.civicthemes.meaning;

/** The sentence model cannot run on this machine (its native code did not load); themes fall back to words. */
public final class MeaningUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public MeaningUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
