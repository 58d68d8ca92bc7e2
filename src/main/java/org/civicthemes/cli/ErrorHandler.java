package org.civicthemes.cli;

import org.civicthemes.progress.CancelledException;
import org.civicthemes.workflow.BadInputException;
import picocli.CommandLine;

/**
 * Turns failures into one line on stderr and an exit code; never a stack trace, unless the environment
 * variable CIVICTHEMES_DEBUG is set.
 */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception ex, CommandLine cl, CommandLine.ParseResult parsed) {
        if (OutOfMemoryAdvice.find(ex).isPresent()) {
            ErrorLine.print(cl.getErr(), OutOfMemoryAdvice.message());
            return CivicThemesCli.BAD_INPUT;
        }
        if (ex instanceof BadInputException || ex instanceof IllegalArgumentException) {
            ErrorLine.print(cl.getErr(), ex.getMessage());
            return CivicThemesCli.BAD_INPUT;
        }
        if (ex instanceof CancelledException) {
            ErrorLine.print(cl.getErr(), "cancelled.");
            return CivicThemesCli.INTERNAL_ERROR;
        }
        if (ex instanceof java.io.IOException) {
            ErrorLine.print(cl.getErr(), "could not write the results: " + ex.getMessage()
                    + ". Check that the output folder can be written and the disk is not full.");
            return CivicThemesCli.INTERNAL_ERROR;
        }
        ErrorLine.print(cl.getErr(), "internal error (" + ex.getClass().getSimpleName() + ": " + ex.getMessage()
                + "). This is a bug; please report it with the command you ran.");
        if (System.getenv("CIVICTHEMES_DEBUG") != null) {
            ex.printStackTrace(cl.getErr());
        }
        return CivicThemesCli.INTERNAL_ERROR;
    }
}
