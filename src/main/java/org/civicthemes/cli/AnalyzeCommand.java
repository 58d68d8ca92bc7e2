package org.civicthemes.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.civicthemes.model.DateRange;
import org.civicthemes.model.ImportReport;
import org.civicthemes.model.KChoiceRange;
import org.civicthemes.model.MeaningUse;
import org.civicthemes.model.Theme;
import org.civicthemes.model.ThemeCount;
import org.civicthemes.model.ThemeGroup;
import org.civicthemes.model.ThemeRun;
import org.civicthemes.model.ThemeSet;
import org.civicthemes.progress.CancellationToken;
import org.civicthemes.workflow.AnalyzeOutcome;
import org.civicthemes.workflow.AnalyzeRequest;
import org.civicthemes.workflow.AnalyzeService;
import org.civicthemes.workflow.CodebookChoices;
import org.civicthemes.workflow.ExportChoices;
import org.civicthemes.workflow.TextChoices;
import org.civicthemes.workflow.TimeChoices;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code analyze INPUT --out DIR}: reads an export and writes the results to a folder. */
@Command(name = "analyze", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Groups the requests of a 311 export into themes and writes the results to a folder.",
            "Reads .xlsx, .xls, .csv, .tsv and .txt exports. Writes:",
            "  import-report.json  every row accounted for: read, imported, skipped (with row and reason),",
            "                      warnings (with file, sheet, row, column and value) and the columns used.",
            "  themes.json         each theme's label, size, share, top terms, example rows and cohesion;",
            "                      the Unclear and No description groups; the options and the score of every k tried.",
            "  assignments.csv     row,theme_id,theme_label for every imported request (themes count from 1,",
            "                      Unclear is 0, No description is -1).",
            "  trends.csv          theme_id,theme_label,period,count,share per theme per day, ISO week or month",
            "                      (--period) in the range.",
            "  seasonality.csv     per theme: counts by month of year, day of month, weekday and hour against the",
            "                      rhythm of all requests, with a chi-square test, its p- and q-value (adjusted for",
            "                      all the tests of the file) and whether it counts as a pattern (q < 0.01).",
            "  emerging.csv        each theme's latest period against the same period of earlier years (or, with",
            "                      less than a year of data or --baseline-kind recent, the periods just before it):",
            "                      emerging, fading or steady (q < 0.01), the baseline used, the counts behind the",
            "                      verdict, and the verdict of the other baseline beside it.",
            "  faq.csv             questions and asks residents keep making, by theme: count, wordings (redacted),",
            "                      rows, kind, requests in the latest month against a month before and, with --faq,",
            "                      whether the city's FAQ answers it (covered, faq_entry, faq_line).",
            "  crosstab-category.csv, crosstab-district.csv (when those columns exist), crosstab-status.csv, ...",
            "                      (--crosstab): themes x values, with shares both ways, values holding 80%% of a",
            "                      theme, and each value's purity.",
            "  summary.xlsx        the theme summary for a department: Summary, Trends (with a chart), Seasonality,",
            "                      Brief, Emerging, Category cross-tab, FAQ candidates, FAQ to write, Requests (a table",
            "                      with filters), About.",
            "  requests.csv        one row per request (source row, id, date, category, district, theme, text).",
            "  themes.csv          one row per theme: requests, share, change, top terms, example rows.",
            "  report.html         one page to read in a browser or print: charts, themes, trends, FAQ, how it was made.",
            "  brief.html          the agent brief, one printable page: themes above their usual level now, with the",
            "                      questions residents ask about each and the city FAQ's answers (--faq).",
            "  FILE of --save-codebook  the themes as a codebook, to apply to later exports with --codebook.",
            "Request texts in the summary files are redacted (phone numbers, e-mails, ...) unless --keep says otherwise."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:internal error (a bug) or the results could not be written",
            "2:bad input: the message says what is wrong and what to do"})
final class AnalyzeCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "INPUT", description = "The export to read.")
    Path input;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder for the results (created if needed).")
    Path out;

    @CommandLine.Mixin
    ReadingOptions reading = new ReadingOptions();

    @Option(names = "--k", paramLabel = "N|auto", defaultValue = "auto",
            description = "Number of themes, 2..200, or auto (default: ${DEFAULT-VALUE}).")
    String k;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "42",
            description = "Random seed; the same input, options and seed give the same output (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--meaning", paramLabel = "on|off", defaultValue = "on",
            description = "on: group requests by their meaning (a sentence model read on this computer) beside their "
                    + "words; off: by their words only (default: ${DEFAULT-VALUE}).")
    String meaning;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "First day to analyse (inclusive).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Last day to analyse (inclusive).")
    LocalDate to;

    @Option(names = "--themes-from", paramLabel = "range|all", defaultValue = "range",
            description = "With --from/--to: range finds the themes among the requests in the range; all finds them "
                    + "among all requests, then counts them in the range, so ranges share one set of themes "
                    + "(default: ${DEFAULT-VALUE}).")
    String themesFrom;

    @Option(names = "--period", paramLabel = "day|week|month", defaultValue = "month",
            description = "Period of trends.csv and of the latest period in emerging.csv (default: ${DEFAULT-VALUE}).")
    String period;

    @Option(names = "--baseline", paramLabel = "N",
            description = "Periods before the latest one that make the recent baseline of emerging.csv, 1..120 "
                    + "(default: 28 days, 8 weeks or 6 months).")
    Integer baselinePeriods;

    @Option(names = "--baseline-kind", paramLabel = "auto|yearly|recent", defaultValue = "auto",
            description = "What emerging.csv's verdict compares the latest period with: yearly, the same period of "
                    + "up to 3 earlier years (seasons do not count as change); recent, the periods just before it; "
                    + "auto, yearly when the data reaches a year back, else recent (default: ${DEFAULT-VALUE}).")
    String baselineKind;

    @Option(names = "--crosstab", split = ",", paramLabel = "COLUMN",
            description = "More columns to cross-tab the themes with (category and district always are): a role "
                    + "(status, channel), a column name or a letter; the column must be read as category, district, "
                    + "status or channel.")
    List<String> crossTabs = new ArrayList<>();

    @Option(names = "--keep", split = ",", paramLabel = "KIND",
            description = "Personal data NOT to redact (all is redacted by default): phone, email, street_number, "
                    + "plate, long_number, ssn, card, unit, birth_date, name.")
    Set<String> keep = new TreeSet<>();

    @Option(names = "--stopwords", split = ",", paramLabel = "WORD",
            description = "More words never to use as terms (for example the city's name), comma-separated.")
    Set<String> stopwords = new TreeSet<>();

    @Option(names = "--only-import", description = "Stop after import-report.json: check how a file is read before "
            + "a long run.")
    boolean onlyImport;

    @Option(names = "--save-codebook", paramLabel = "FILE",
            description = "Also save the themes found as a codebook (JSON, docs/codebook.md), to give the requests of "
                    + "later exports the same themes with --codebook. With --codebook: that codebook saved again from "
                    + "this export (its themes, this export's counts; proposed themes left out). An existing file is "
                    + "replaced only with --force.")
    Path saveCodebook;

    @Option(names = "--codebook", paramLabel = "FILE",
            description = "Give the requests the themes of this codebook (its ids and names) instead of finding "
                    + "themes from scratch; requests that fit none are grouped into proposed new themes (ids from "
                    + "the codebook's next free id, marked new) or Unclear. --k and --meaning are then the codebook's.")
    Path codebook;

    @Option(names = "--faq", paramLabel = "FILE",
            description = "The city's current FAQ (.txt: one question per line or Q:/A: blocks; .csv: a Question "
                    + "column; .html: the saved FAQ page): faq.csv, summary.xlsx, report.html and brief.html then say "
                    + "which questions residents ask it already answers, and list those it does not (FAQ to write).")
    Path faq;

    @Option(names = "--by-department", description = "With --codebook: also write the summary files once per "
            + "department its themes name (\"department\" in the codebook file), with that department's themes only: "
            + "summary-<department>.xlsx, report-<department>.html, ...")
    boolean byDepartment;

    @CommandLine.Mixin
    ExportOptions export = new ExportOptions();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (onlyImport && saveCodebook != null) {
            throw new IllegalArgumentException("--save-codebook needs themes: leave out --only-import");
        }
        AnalyzeRequest request = new AnalyzeRequest(input, out, reading.toImportOptions(), ThemeCount.parse(k), seed,
                new DateRange(from, to), new TextChoices(keep, stopwords), !onlyImport)
                .withTime(TimeChoices.of(period, baselinePeriods, baselineKind, crossTabs, themesFrom))
                .withMeaning(meaningOn(meaning))
                .withCodebook(new CodebookChoices(saveCodebook, codebook, byDepartment))
                .withCityFaq(faq);
        PrintWriter stdout = spec.commandLine().getOut();
        ExportChoices exports = onlyImport ? ExportChoices.NONE : export.toChoices();
        AnalyzeOutcome outcome = new AnalyzeService().run(request, exports,
                new ConsoleProgress(spec.commandLine().getErr()), CancellationToken.NEVER);
        printSummary(stdout, outcome, request.range());
        return CivicThemesCli.OK;
    }

    /** The value of --meaning: exactly on or off, so scripts can rely on it. */
    static boolean meaningOn(String value) {
        return switch (value) {
            case "on" -> true;
            case "off" -> false;
            default -> throw new IllegalArgumentException("--meaning takes on or off, not '" + value
                    + "': on groups requests by their meaning beside their words, off by their words only.");
        };
    }

    private static void printSummary(PrintWriter out, AnalyzeOutcome outcome, DateRange range) {
        ImportReport r = outcome.imported().report();
        String where = r.source().sheet().isEmpty() ? "" : " (sheet '" + r.source().sheet() + "')";
        out.println(String.format(Locale.ROOT, "%s%s: %,d rows read, %,d imported, %,d skipped, %,d warnings.",
                r.source().fileName(), where, r.rowsRead(), r.rowsImported(), r.rowsSkipped(), r.totalWarnings()));
        if (!range.isAll()) {
            out.println(String.format(Locale.ROOT, "%,d requests created from %s to %s.", outcome.inRange(),
                    range.from() == null ? "the start" : range.from(), range.to() == null ? "the end" : range.to()));
        }
        if (outcome.themes() != null) {
            printThemes(out, outcome.themes());
        }
        outcome.written().forEach(p -> out.println("Wrote " + p));
        outcome.notes().forEach(note -> out.println("Note: " + note));
    }

    private static void printThemes(PrintWriter out, ThemeRun run) {
        ThemeSet set = run.themes();
        if (run.identity().fromCodebook()) {
            long proposed = set.themes().stream().filter(t -> run.identity().isProposed(t.id())).count();
            out.println(String.format(Locale.ROOT, "%d themes of codebook %s and %d proposed new over %,d requests:",
                    set.themes().size() - proposed, run.identity().codebook(), proposed, run.size()));
        } else {
            String k = set.options().themes().isAuto() ? "chosen automatically" : "as asked";
            out.println(String.format(Locale.ROOT, "%d themes (%s, seed %d) over %,d requests:", set.themes().size(),
                    k, set.options().seed(), run.size()));
        }
        KChoiceRange.of(set.kScores()).filter(KChoiceRange::hasAlternatives).ifPresent(r -> out.println(String.format(
                Locale.ROOT, "  (%s themes fit nearly as well: knee scores within %.0f%% of the best, in themes.json;"
                        + " --k N asks for N)", r.describe(), (1 - KChoiceRange.NEARLY) * 100)));
        if (set.meaning().status() == MeaningUse.Status.UNAVAILABLE) {
            out.println("  Meaning " + set.meaning().describe());
        }
        for (Theme t : set.themes()) {
            out.println(String.format(Locale.ROOT, "  %3d  %,9d  %5.1f%%  %s%s", run.identity().idOf(t.id()), t.size(),
                    t.share() * 100, t.label(), run.identity().isProposed(t.id()) ? "  (new)" : ""));
        }
        for (ThemeGroup g : List.of(set.unclear(), set.noDescription())) {
            out.println(String.format(Locale.ROOT, "    -  %,9d  %5.1f%%  %s", g.size(), g.share() * 100, g.label()));
        }
    }
}
