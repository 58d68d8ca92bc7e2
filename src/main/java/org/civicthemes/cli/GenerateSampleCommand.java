package org.civicthemes.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.civicthemes.progress.CancellationToken;
import org.civicthemes.workflow.SampleDataService;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code generate-sample OUTPUT}: writes a synthetic 311 export like the bundled sample data. */
@Command(name = "generate-sample", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Writes a synthetic 311 export like the bundled sample data.",
            "The requests of the fictional city of Riverton: several dozen request types in varied wording",
            "with typos, some Spanish and Vietnamese, empty descriptions, phone numbers and emails to redact,",
            "and planted seasonal and day-of-month patterns.",
            "The same options and seed give the same rows."})
final class GenerateSampleCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "OUTPUT", description = "The file to write: .xlsx or .csv.")
    Path output;

    @Option(names = "--rows", paramLabel = "N", description = "Number of requests (default: 20000).")
    int rows = SampleDataService.DEFAULT_ROWS;

    @Option(names = "--seed", paramLabel = "N", description = "Random seed (default: 311).")
    long seed = SampleDataService.DEFAULT_SEED;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "First day of the requests (default: 2023-01-01).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Last day of the requests (default: 2025-09-30).")
    LocalDate to;

    @Option(names = "--force", description = "Replace OUTPUT if it exists.")
    boolean force;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (Files.exists(output) && !force) {
            throw new IllegalArgumentException(output + " exists already. Choose another name, or add --force to "
                    + "replace it.");
        }
        new SampleDataService().write(output, rows, seed, from, to, new ConsoleProgress(spec.commandLine().getErr()),
                CancellationToken.NEVER);
        spec.commandLine().getOut().println(String.format(Locale.ROOT, "Wrote %,d requests to %s", rows, output));
        return CivicThemesCli.OK;
    }
}
