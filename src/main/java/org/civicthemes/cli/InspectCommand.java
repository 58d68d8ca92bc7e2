package org.civicthemes.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.civicthemes.model.ColumnAssignment;
import org.civicthemes.model.ImportPreview;
import org.civicthemes.workflow.ImportService;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code inspect INPUT}: shows how a file would be read, so the columns can be corrected before analysing. */
@Command(name = "inspect", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Shows the sheet, header row and column roles that would be used to read a file, with the "
                + "confidence of each, and its first rows. Nothing is written.")
final class InspectCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "INPUT", description = "The export to look at.")
    Path input;

    @CommandLine.Mixin
    ReadingOptions reading = new ReadingOptions();

    @Option(names = "--rows", paramLabel = "N", defaultValue = "5", description = "First rows to show (default: ${DEFAULT-VALUE}).")
    int rows;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        ImportPreview p = new ImportService().preview(input, reading.toImportOptions());
        PrintWriter out = spec.commandLine().getOut();
        out.println(p.fileName() + ": " + p.format().description());
        if (!p.sheets().isEmpty()) {
            out.println("Sheets: " + String.join(", ", p.sheets()) + "; reading '" + p.sheet() + "'");
        }
        out.println("Header row: " + p.headerRow());
        p.notes().forEach(n -> out.println("Note: " + n));
        out.println();
        out.println("Column roles:");
        for (ColumnAssignment a : p.mapping().assignments()) {
            out.println(String.format(Locale.ROOT, "  %-13s %-40s %3.0f%%  %s", a.role().key(),
                    String.join(" + ", a.columns()), a.confidence() * 100, a.evidence()));
        }
        List<String> unused = p.columns().stream()
                .filter(c -> p.mapping().assignments().stream().noneMatch(a -> a.columns().contains(c))).toList();
        if (!unused.isEmpty()) {
            out.println("  (not used)    " + String.join(", ", unused));
        }
        out.println();
        out.println("First rows:");
        for (List<String> row : p.rows().subList(0, Math.min(Math.max(rows, 0), p.rows().size()))) {
            out.println("  " + String.join(" | ", row.stream().map(InspectCommand::shorten).toList()));
        }
        return CivicThemesCli.OK;
    }

    private static String shorten(String s) {
        return s.length() <= 40 ? s : s.substring(0, 39) + "…";
    }
}
