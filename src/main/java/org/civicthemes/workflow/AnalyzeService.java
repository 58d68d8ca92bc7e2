package org.civicthemes.workflow;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.civicthemes.analysis.CrossTab;
import org.civicthemes.analysis.EmergingThemes;
import org.civicthemes.analysis.FaqFinder;
import org.civicthemes.analysis.Period;
import org.civicthemes.analysis.ThemeDayCounts;
import org.civicthemes.analysis.ThemeSeasonality;
import org.civicthemes.analysis.Trends;
import org.civicthemes.io.write.AssignmentsCsvWriter;
import org.civicthemes.io.write.CrossTabCsvWriter;
import org.civicthemes.io.write.EmergingCsvWriter;
import org.civicthemes.io.write.FaqCsvWriter;
import org.civicthemes.io.write.ImportReportWriter;
import org.civicthemes.io.write.SeasonalityCsvWriter;
import org.civicthemes.io.write.ThemesJsonWriter;
import org.civicthemes.io.write.TrendsCsvWriter;
import org.civicthemes.model.ColumnRole;
import org.civicthemes.model.Dataset;
import org.civicthemes.model.DateRange;
import org.civicthemes.model.ImportResult;
import org.civicthemes.model.ServiceRequest;
import org.civicthemes.model.ThemeOptions;
import org.civicthemes.model.ThemeRun;
import org.civicthemes.progress.CancellationToken;
import org.civicthemes.progress.ProgressListener;
import org.civicthemes.text.Redactor;
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
    public static final String CROSSTAB_CATEGORY = "crosstab-category.csv";
    public static final String CROSSTAB_DISTRICT = "crosstab-district.csv";
    /** Most FAQ candidates listed per theme. */
    public static final int FAQ_PER_THEME = 10;
    /** Months before the latest one that make the baseline of emerging.csv. */
    public static final int EMERGING_BASELINE_MONTHS = 6;

    private final ImportService importService = new ImportService();
    private final ThemeService themeService = new ThemeService();
    private final ImportReportWriter reportWriter = new ImportReportWriter();
    private final ThemesJsonWriter themesWriter = new ThemesJsonWriter();
    private final AssignmentsCsvWriter assignmentsWriter = new AssignmentsCsvWriter();
    private final TrendsCsvWriter trendsWriter = new TrendsCsvWriter();
    private final SeasonalityCsvWriter seasonalityWriter = new SeasonalityCsvWriter();
    private final EmergingCsvWriter emergingWriter = new EmergingCsvWriter();
    private final FaqCsvWriter faqWriter = new FaqCsvWriter();
    private final CrossTabCsvWriter crossTabWriter = new CrossTabCsvWriter();

    public AnalyzeOutcome run(AnalyzeRequest request, ProgressListener progress, CancellationToken cancel)
            throws BadInputException, IOException {
        ImportResult imported = importService.importFile(request.input(), request.reading(), progress, cancel);
        long inRange = countInRange(imported, request.range());
        Outputs out = new Outputs(request.outDir());
        out.write(IMPORT_REPORT, f -> reportWriter.write(imported.report(), runFields(request, inRange), f));
        if (!request.findThemes()) {
            return new AnalyzeOutcome(imported, inRange, null, out.written);
        }
        TextOptions text = request.text().toTextOptions();
        ThemeOptions options = ThemeOptions.DEFAULTS.withThemes(request.themes()).withSeed(request.seed());
        Dataset dataset = imported.dataset();
        ThemeRun themes = themeService.findThemes(dataset, request.range(), options, text, progress, cancel);
        Redactor redactor = Redactor.of(text.redaction());
        // the files after the import report do not depend on each other: they are written side by side
        out.add(THEMES, f -> themesWriter.write(dataset, themes, f));
        out.add(ASSIGNMENTS, f -> assignmentsWriter.write(dataset, themes, f));
        ThemeDayCounts dayCounts = ThemeDayCounts.of(dataset, themes);
        out.add(TRENDS, f -> trendsWriter.write(themes, Trends.of(dayCounts, request.range(), Period.MONTH), f));
        out.add(SEASONALITY, f -> seasonalityWriter.write(themes, ThemeSeasonality.of(dataset, themes), f));
        out.add(EMERGING, f -> emergingWriter.write(themes,
                EmergingThemes.find(dayCounts, Period.MONTH, EMERGING_BASELINE_MONTHS), f));
        out.add(FAQ, f -> faqWriter.write(themes, FaqFinder.find(dataset, themes, q -> redactor.redact(q).text(),
                FAQ_PER_THEME), f));
        if (dataset.mapping().has(ColumnRole.CATEGORY)) {
            out.add(CROSSTAB_CATEGORY, f -> crossTabWriter.write(themes,
                    CrossTab.of(dataset, themes, ServiceRequest::category), "category", f));
        }
        if (dataset.mapping().has(ColumnRole.DISTRICT)) {
            out.add(CROSSTAB_DISTRICT, f -> crossTabWriter.write(themes,
                    CrossTab.of(dataset, themes, ServiceRequest::district), "district", f));
        }
        out.writeAll();
        return new AnalyzeOutcome(imported, inRange, themes, out.written);
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

    private static Map<String, Object> runFields(AnalyzeRequest request, long inRange) {
        Map<String, Object> options = new LinkedHashMap<>();
        options.put("k", request.themes().toString());
        options.put("seed", request.seed());
        options.put("from", request.range().from() == null ? null : request.range().from().toString());
        options.put("to", request.range().to() == null ? null : request.range().to().toString());
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("options", options);
        fields.put("requestsInRange", inRange);
        return fields;
    }
}
