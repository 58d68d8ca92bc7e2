package org.civicthemes.workflow;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.civicthemes.analysis.CrossTab;
import org.civicthemes.analysis.EmergingOptions;
import org.civicthemes.analysis.EmergingThemes;
import org.civicthemes.analysis.RangeFilter;
import org.civicthemes.analysis.SinceCodebook;
import org.civicthemes.analysis.ThemeDayCounts;
import org.civicthemes.analysis.TrendVerdict;
import org.civicthemes.analysis.Trends;
import org.civicthemes.io.write.AssignmentsCsvWriter;
import org.civicthemes.io.write.CrossTabCsvWriter;
import org.civicthemes.io.write.EmergingCsvWriter;
import org.civicthemes.io.write.FaqCsvWriter;
import org.civicthemes.io.write.ImportReportWriter;
import org.civicthemes.io.write.SeasonalityCsvWriter;
import org.civicthemes.io.write.ThemesJsonWriter;
import org.civicthemes.io.write.TrendsCsvWriter;
import org.civicthemes.model.CityFaq;
import org.civicthemes.model.Codebook;
import org.civicthemes.model.ColumnRole;
import org.civicthemes.model.Dataset;
import org.civicthemes.model.DateRange;
import org.civicthemes.model.ImportResult;
import org.civicthemes.model.ThemeOptions;
import org.civicthemes.model.ThemeRun;
import org.civicthemes.progress.CancellationToken;
import org.civicthemes.progress.ProgressListener;
import org.civicthemes.text.TextOptions;

/** Runs the pipeline for one {@link AnalyzeRequest} and writes its results to the output folder. */
public final class AnalyzeService {

    public static final String IMPORT_REPORT = "import-report.json";
    public static final String THEMES = "themes.json";
    public static final String ASSIGNMENTS = "assignments.csv";
    public static final String TRENDS = "trends.csv";
    public static final String SEASONALITY = "seasonality.csv";
    public static final String EMERGING = "emerging.csv";
    public static final String FAQ = "faq.csv";
    public static final String CROSSTAB_CATEGORY = CrossTabColumns.fileName(ColumnRole.CATEGORY);
    public static final String CROSSTAB_DISTRICT = CrossTabColumns.fileName(ColumnRole.DISTRICT);
    /** Most FAQ candidates listed per theme. */
    public static final int FAQ_PER_THEME = 10;

    private final ImportService importService = new ImportService();
    private final ThemeService themeService;
    private final CodebookService codebookService;
    private final java.time.Clock clock;
    private final ImportReportWriter reportWriter = new ImportReportWriter();
    private final ThemesJsonWriter themesWriter = new ThemesJsonWriter();
    private final AssignmentsCsvWriter assignmentsWriter = new AssignmentsCsvWriter();
    private final TrendsCsvWriter trendsWriter = new TrendsCsvWriter();
    private final SeasonalityCsvWriter seasonalityWriter = new SeasonalityCsvWriter();
    private final EmergingCsvWriter emergingWriter = new EmergingCsvWriter();
    private final FaqCsvWriter faqWriter = new FaqCsvWriter();
    private final CrossTabCsvWriter crossTabWriter = new CrossTabCsvWriter();
    private final ExportService exportService = new ExportService();
    private final CityFaqService cityFaqService = new CityFaqService();

    /** With the bundled sentence model and the user's vector cache; codebooks say they were made now. */
    public AnalyzeService() {
        this(new ThemeService(), java.time.Clock.systemUTC());
    }

    /** Reading meaning as {@code themeService} does; a saved codebook's creation time from {@code clock}. */
    public AnalyzeService(ThemeService themeService, java.time.Clock clock) {
        this.themeService = java.util.Objects.requireNonNull(themeService, "themeService");
        this.codebookService = new CodebookService(themeService);
        this.clock = java.util.Objects.requireNonNull(clock, "clock");
    }

    public AnalyzeOutcome run(AnalyzeRequest request, ProgressListener progress, CancellationToken cancel)
            throws BadInputException, IOException {
        return run(request, ExportChoices.NONE, progress, cancel);
    }

    /**
     * Runs the pipeline, then exports the theme summary as {@code exports} chooses (summary.xlsx, requests.csv,
     * themes.csv, report.html). Files that may not be replaced are found before any work starts.
     */
    public AnalyzeOutcome run(AnalyzeRequest request, ExportChoices exports, ProgressListener progress,
                              CancellationToken cancel) throws BadInputException, IOException {
        // a codebook that cannot be used is refused before the output folder is made or locked: nothing is written
        Path codebookFile = request.codebook().use();
        Codebook codebook = codebookFile == null ? null : codebookService.read(codebookFile);
        CityFaq cityFaq = request.cityFaq() == null ? CityFaq.NONE : cityFaqService.read(request.cityFaq());
        checkCodebookTarget(request.codebook().save(), exports.overwrite());
        Map<String, List<Integer>> departments = request.codebook().byDepartment()
                ? departmentsOf(codebook, exports) : Map.of();
        try (OutputFolderLock lock = OutputFolderLock.acquire(request.outDir())) {
            return runLocked(request, exports, codebookFile, codebook, cityFaq, departments, progress, cancel);
        }
    }

    private AnalyzeOutcome runLocked(AnalyzeRequest request, ExportChoices exports, Path codebookFile,
                                     Codebook codebook, CityFaq cityFaq, Map<String, List<Integer>> departments,
                                     ProgressListener progress, CancellationToken cancel)
            throws BadInputException, IOException {
        exportService.checkTargets(request.outDir(), exports);
        for (String department : departments.keySet()) {
            // file names depend on the department only; its themes' positions are known after placing
            exportService.checkTargets(request.outDir(), exports.forDepartment(department, Set.of(0)));
        }
        ImportResult imported = importService.importFile(request.input(), request.reading(), progress, cancel);
        PreviousResults.remove(request.outDir(), exports);
        long inRange = countInRange(imported, request.range());
        Outputs out = new Outputs(request.outDir());
        out.write(IMPORT_REPORT, f -> reportWriter.write(imported.report(), runFields(request, inRange), f));
        if (!request.findThemes()) {
            return new AnalyzeOutcome(imported, inRange, null, out.written, List.of());
        }
        TextOptions text = request.text().toTextOptions();
        ThemeOptions options = ThemeOptions.DEFAULTS.withThemes(request.themes()).withSeed(request.seed())
                .withMeaning(request.meaning());
        Dataset dataset = imported.dataset();
        List<ColumnRole> crossTabs = CrossTabColumns.chosen(dataset, request.time().crossTabs());
        ThemeRun themes;
        if (codebook != null) {
            themes = codebookService.apply(dataset, request.range(), codebook,
                    codebookFile.getFileName().toString(), progress, cancel);
            if (request.codebook().save() != null) {
                saveAgain(dataset, codebook, codebookFile, themes, request.codebook().save(), exports.overwrite(),
                        progress, cancel);
                out.written.add(request.codebook().save());
            }
        } else if (request.codebook().save() != null) {
            themes = learnAndSave(dataset, request, options, exports.overwrite(), progress, cancel);
            out.written.add(request.codebook().save());
        } else {
            themes = findThemes(dataset, request, options, text, progress, cancel);
        }
        // the files after the import report do not depend on each other: they are written side by side
        SinceCodebook since = codebook == null ? null
                : SinceCodebook.of(dataset, themes, codebook, request.text().redaction());
        out.add(THEMES, f -> themesWriter.write(dataset, themes, since, f));
        out.add(ASSIGNMENTS, f -> assignmentsWriter.write(dataset, themes, f));
        RunViews views = new RunViews(dataset, themes, request.text().redaction(), cityFaq);
        ExportContext context = new ExportContext(cityFaq, request.time().emerging(),
                Departments.byTheme(themes));
        List<String> notes = Collections.synchronizedList(new ArrayList<>());
        addTimeViews(out, dataset, themes, request.range(), request.time(), views, notes);
        out.add(FAQ, f -> faqWriter.write(themes, views.faq(), cityFaq.isLoaded(), f));
        addCrossTabs(out, dataset, themes, crossTabs);
        out.writeAll();
        if (!exports.formats().isEmpty()) {
            out.written.addAll(exportService.export(new ExportRequest(imported, themes, request.range(),
                    request.text(), request.outDir(), exports).withCodebook(codebook).withContext(context), views,
                    progress, cancel));
        }
        if (!departments.isEmpty()) {
            for (ExportChoices department : Departments.choices(exports, themes)) {
                out.written.addAll(exportService.export(new ExportRequest(imported, themes, request.range(),
                        request.text(), request.outDir(), department).withCodebook(codebook).withContext(context),
                        views, progress, cancel));
            }
        }
        return new AnalyzeOutcome(imported, inRange, themes, out.written, notes);
    }

    /**
     * The themes of the run: found among the requests in the range, or found among all requests and then
     * restricted to the range (the same themes for every range).
     */
    private ThemeRun findThemes(Dataset dataset, AnalyzeRequest request, ThemeOptions options, TextOptions text,
                                ProgressListener progress, CancellationToken cancel) {
        DateRange range = request.range();
        if (request.time().themesFrom() == TimeChoices.ThemesFrom.RANGE || range.isAll()) {
            return themeService.findThemes(dataset, range, options, text, progress, cancel);
        }
        ThemeRun all = themeService.findThemes(dataset, DateRange.ALL, options, text, progress, cancel);
        ThemeRun inRange = RangeFilter.restrict(dataset, all, range);
        if (inRange.size() == 0) {
            throw ThemeService.noRequestsIn(range);
        }
        return inRange;
    }

    /**
     * Finds the themes as {@link #findThemes} does, keeping what the engine learned, and saves them as a codebook (the
     * themes of all requests when they are found among all and counted in the range).
     */
    private ThemeRun learnAndSave(Dataset dataset, AnalyzeRequest request, ThemeOptions options, boolean replace,
                                  ProgressListener progress, CancellationToken cancel) throws IOException {
        DateRange range = request.range();
        boolean fromAll = request.time().themesFrom() == TimeChoices.ThemesFrom.ALL && !range.isAll();
        LearnedRun learned = themeService.learnThemes(dataset, fromAll ? DateRange.ALL : range, options,
                request.text(), progress, cancel);
        Codebook codebook = codebookService.make(dataset, learned, learned.run(), request.text(), clock.instant(),
                cancel);
        codebookService.save(codebook, request.codebook().save(), replace);
        if (!fromAll) {
            return learned.run();
        }
        ThemeRun inRange = RangeFilter.restrict(dataset, learned.run(), range);
        if (inRange.size() == 0) {
            throw ThemeService.noRequestsIn(range);
        }
        return inRange;
    }

    /**
     * Saves the codebook again from the run it placed, without edits: the same themes, ids, names, departments and
     * centres, with this export's counts and provenance. Proposed new themes are left out: accepting one is the
     * analyst's choice, made in the window.
     */
    private void saveAgain(Dataset dataset, Codebook codebook, Path codebookFile, ThemeRun placed, Path target,
                           boolean replace, ProgressListener progress, CancellationToken cancel)
            throws BadInputException, IOException {
        Codebook grown = codebookService.grow(dataset, codebook, codebookFile.getFileName().toString(), placed, placed,
                clock.instant(), progress, cancel);
        codebookService.save(grown, target, replace);
    }

    /**
     * The departments the codebook's themes name, in name order, with the ids of their themes.
     *
     * @throws BadInputException when no theme names a department, or there are no summary files to write
     */
    private static Map<String, List<Integer>> departmentsOf(Codebook codebook, ExportChoices exports)
            throws BadInputException {
        Map<String, List<Integer>> out = new java.util.TreeMap<>();
        codebook.themes().stream().filter(t -> !t.department().isEmpty())
                .forEach(t -> out.computeIfAbsent(t.department(), d -> new ArrayList<>()).add(t.id()));
        if (out.isEmpty()) {
            throw new BadInputException("No theme of the codebook names a department: give themes a \"department\" "
                    + "in the codebook file (a text editor will do), then run again.", null);
        }
        if (exports.formats().isEmpty() || exports.theme().isPresent()) {
            throw new BadInputException("--by-department writes summary files: use it with --format (not none) "
                    + "and without --theme.", null);
        }
        return out;
    }

    /** A codebook file that is there already is replaced only with --force; refused before any work. */
    private static void checkCodebookTarget(Path save, boolean replace) throws BadInputException {
        if (save != null && !replace && java.nio.file.Files.exists(save)) {
            throw new BadInputException(save.getFileName() + " already exists in "
                    + save.toAbsolutePath().getParent() + "; use --force to replace it, or choose another name.", null);
        }
    }

    private void addTimeViews(Outputs out, Dataset dataset, ThemeRun themes, DateRange range, TimeChoices time,
                              RunViews views, List<String> notes) {
        ThemeDayCounts dayCounts = ThemeDayCounts.of(dataset, themes);
        out.add(TRENDS, f -> trendsWriter.write(themes, Trends.of(dayCounts, range, time.period()), f));
        out.add(SEASONALITY, f -> seasonalityWriter.write(themes, views.seasonality(), f));
        out.add(EMERGING, f -> {
            List<TrendVerdict> verdicts = EmergingThemes.find(dayCounts, time.emerging());
            if (verdicts.isEmpty() && dayCounts.lastDay() != null) {
                notes.add(noBaseline(time.emerging()));
            }
            emergingWriter.write(themes, verdicts, f);
        });
    }

    /** Why emerging.csv holds no verdicts although the requests have dates, and what to do. */
    static String noBaseline(EmergingOptions options) {
        String period = options.period().name().toLowerCase(Locale.ROOT);
        return switch (options.baseline()) {
            case EARLIER_YEARS -> "emerging.csv has no verdicts: the yearly baseline needs requests from the same "
                    + period + " at least one year before the latest one, and this data does not reach back that far. "
                    + "Use --baseline-kind recent to compare with the " + period + "s just before.";
            default -> "emerging.csv has no verdicts: the data holds no " + period + " before the latest one to "
                    + "compare with. A longer export, or --period week or day, gives a baseline.";
        };
    }

    private void addCrossTabs(Outputs out, Dataset dataset, ThemeRun themes, List<ColumnRole> roles) {
        for (ColumnRole role : roles) {
            out.add(CrossTabColumns.fileName(role), f -> crossTabWriter.write(themes,
                    CrossTab.of(dataset, themes, CrossTabColumns.valueOf(role)), role.key(), f));
        }
    }

    /**
     * The output folder: each file is written under its name and remembered, in order. {@link #write} writes at
     * once; {@link #add} queues a file and {@link #writeAll} writes the queued ones in parallel (they must not
     * depend on each other), still listed in the order they were added.
     */
    private static final class Outputs {

        /** Writes one file. */
        @FunctionalInterface
        interface FileWriter {
            void write(Path file) throws IOException;
        }

        private final Path dir;
        private final List<Path> written = new ArrayList<>();
        private final Map<String, FileWriter> queued = new LinkedHashMap<>();

        Outputs(Path dir) {
            this.dir = dir;
        }

        void write(String name, FileWriter writer) throws IOException {
            Path file = dir.resolve(name);
            writer.write(file);
            written.add(file);
        }

        void add(String name, FileWriter writer) {
            queued.put(name, writer);
        }

        void writeAll() throws IOException {
            List<Map.Entry<String, FileWriter>> jobs = new ArrayList<>(queued.entrySet());
            queued.clear();
            try {
                jobs.parallelStream().forEach(job -> {
                    try {
                        job.getValue().write(dir.resolve(job.getKey()));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            jobs.forEach(job -> written.add(dir.resolve(job.getKey())));
        }
    }

    private static long countInRange(ImportResult imported, DateRange range) {
        return imported.dataset().requests().stream().filter(r -> range.contains(r.created())).count();
    }

    private static void putTimeChoices(Map<String, Object> options, TimeChoices time) {
        options.put("period", time.period().name().toLowerCase(Locale.ROOT));
        options.put("baselinePeriods", time.emerging().recentPeriods());
        options.put("baseline", time.emerging().baseline().name().toLowerCase(Locale.ROOT));
        options.put("themesFrom", time.themesFrom().name().toLowerCase(Locale.ROOT));
        options.put("crossTabs", time.crossTabs());
    }

    private static Map<String, Object> runFields(AnalyzeRequest request, long inRange) {
        Map<String, Object> options = new LinkedHashMap<>();
        options.put("k", request.themes().toString());
        options.put("seed", request.seed());
        options.put("from", request.range().from() == null ? null : request.range().from().toString());
        options.put("to", request.range().to() == null ? null : request.range().to().toString());
        putTimeChoices(options, request.time());
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("options", options);
        fields.put("requestsInRange", inRange);
        return fields;
    }
}
