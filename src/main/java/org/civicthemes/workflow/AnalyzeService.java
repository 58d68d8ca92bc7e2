package org.civicthemes.workflow;

import java.io.IOException;
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
    private final ExportService exportService = new ExportService();

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
        exportService.checkTargets(request.outDir(), exports);
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
        out.write(THEMES, f -> themesWriter.write(dataset, themes, f));
        out.write(ASSIGNMENTS, f -> assignmentsWriter.write(dataset, themes, f));
        writeTimeViews(out, dataset, themes, request.range());
        Redactor redactor = Redactor.of(text.redaction());
        out.write(FAQ, f -> faqWriter.write(themes, FaqFinder.find(dataset, themes, q -> redactor.redact(q).text(),
                FAQ_PER_THEME), f));
        if (dataset.mapping().has(ColumnRole.CATEGORY)) {
            out.write(CROSSTAB_CATEGORY, f -> crossTabWriter.write(themes,
                    CrossTab.of(dataset, themes, ServiceRequest::category), "category", f));
        }
        if (dataset.mapping().has(ColumnRole.DISTRICT)) {
            out.write(CROSSTAB_DISTRICT, f -> crossTabWriter.write(themes,
                    CrossTab.of(dataset, themes, ServiceRequest::district), "district", f));
        }
        if (!exports.formats().isEmpty()) {
            out.written.addAll(exportService.export(new ExportRequest(imported, themes, request.range(),
                    request.text(), request.outDir(), exports), progress, cancel));
        }
        return new AnalyzeOutcome(imported, inRange, themes, out.written);
    }

    private void writeTimeViews(Outputs out, Dataset dataset, ThemeRun themes, DateRange range) throws IOException {
        ThemeDayCounts dayCounts = ThemeDayCounts.of(dataset, themes);
        out.write(TRENDS, f -> trendsWriter.write(themes, Trends.of(dayCounts, range, Period.MONTH), f));
        out.write(SEASONALITY, f -> seasonalityWriter.write(themes, ThemeSeasonality.of(dataset, themes), f));
        out.write(EMERGING, f -> emergingWriter.write(themes,
                EmergingThemes.find(dayCounts, Period.MONTH, EMERGING_BASELINE_MONTHS), f));
    }

    /** The output folder: each file is written under its name and remembered, in order. */
    private static final class Outputs {

        /** Writes one file. */
        @FunctionalInterface
        interface FileWriter {
            void write(Path file) throws IOException;
        }

        private final Path dir;
        private final List<Path> written = new ArrayList<>();

        Outputs(Path dir) {
            this.dir = dir;
        }

        void write(String name, FileWriter writer) throws IOException {
            Path file = dir.resolve(name);
            writer.write(file);
            written.add(file);
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
