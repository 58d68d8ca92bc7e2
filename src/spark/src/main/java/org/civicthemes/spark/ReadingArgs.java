package org.civicthemes.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.civicthemes.cli.ReadingOptions;
import org.civicthemes.model.ImportOptions;
import picocli.CommandLine;

/**
 * The job's command line, sent to the executors so that each reads its exports with the options the desktop's
 * {@code analyze} takes (--text, --date, --category, --column, --preset, --sheet, --header-row), parsed by the same
 * class ({@link ReadingOptions}).
 */
final class ReadingArgs implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String[] args;

    ReadingArgs(String[] args) {
        this.args = args.clone();
    }

    /** The reading options among the arguments; the job's other arguments are ignored here. */
    ImportOptions importOptions() {
        Reading reading = new Reading();
        new CommandLine(reading).setUnmatchedArgumentsAllowed(true).parseArgs(args);
        return reading.options.toImportOptions();
    }

    @CommandLine.Command
    static final class Reading {
        @CommandLine.Mixin
        ReadingOptions options = new ReadingOptions();

        @CommandLine.Unmatched
        List<String> others = new ArrayList<>();
    }
}
