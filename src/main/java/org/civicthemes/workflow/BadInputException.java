package org.civicthemes.workflow;

/**
 * The analyst's input cannot be used. The message is one sentence that says what is wrong, where, and
 * what to do; both faces show it as it is, never with a stack trace.
 */
public final class BadInputException extends Exception {

    public BadInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
