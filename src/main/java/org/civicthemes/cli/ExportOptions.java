package org.civicthemes.cli;

import java.util.OptionalInt;
import org.civicthemes.workflow.ExportChoices;
import org.civicthemes.workflow.ExportFormat;
import picocli.CommandLine.Option;

/** Options that say which theme summary files to write: formats, overwriting, one theme only. */
final class ExportOptions {

    @Option(names = "--format", paramLabel = "LIST", defaultValue = "xlsx,csv,html",
            description = "Theme summary files to write, comma-separated: xlsx (summary.xlsx), csv (requests.csv and "
                    + "themes.csv), html (report.html and brief.html), all or none (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--force", description = "Overwrite summary files already in the output folder (without it, the "
            + "run stops before any work and names the file).")
    boolean force;

    @Option(names = "--theme", paramLabel = "ID", description = "Export one theme only, for one department: its id "
            + "as in themes.json (0 is Unclear, -1 No description). Files are named summary-theme-ID.xlsx and so on.")
    Integer theme;

    ExportChoices toChoices() {
        OptionalInt only = theme == null ? OptionalInt.empty() : OptionalInt.of(ExportChoices.themeOfFileId(theme));
        return new ExportChoices(ExportFormat.parse(format), force, only);
    }
}
