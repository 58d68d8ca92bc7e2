package org.civicthemes.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command line: {@code civic-themes analyze ...} and friends. Exit codes: 0 success, 2 bad input
 * (a one-line message on stderr), 1 internal error.
 */
@Command(name = "civic-themes", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Groups 311 service requests into themes, on this computer. Run with no arguments to open "
                + "the workbench.",
        subcommands = {AnalyzeCommand.class, InspectCommand.class, GenerateSampleCommand.class,
            CommandLine.HelpCommand.class})
public final class CivicThemesCli implements Runnable {

    public static final int OK = 0;
    public static final int INTERNAL_ERROR = 1;
    public static final int BAD_INPUT = 2;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /** Runs the command line and returns the exit code. */
    public static int run(String... args) {
        QuietLibraries.unlessDebugging();
        PrintWriter err = new PrintWriter(System.err, true);
        MemoryWatch.start(err);
        return run(new PrintWriter(System.out, true), err, args);
    }

    /** Runs with the given output streams, for tests. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = new CommandLine(new CivicThemesCli());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler(new ErrorHandler());
        OptionValues.registerOn(cl);
        cl.setParameterExceptionHandler((ex, params) -> {
            CommandLine c = ex.getCommandLine();
            ErrorLine.print(c.getErr(), ex.getMessage() + " (see 'civic-themes " + (c.getCommandName()
                    .equals("civic-themes") ? "" : c.getCommandName() + " ") + "--help' for the options)");
            return BAD_INPUT;
        });
        try {
            return cl.execute(args);
        } catch (OutOfMemoryError e) { // thrown on this thread, or rethrown here from the import's second thread
            ErrorLine.print(err, OutOfMemoryAdvice.message());
            return BAD_INPUT;
        }
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
