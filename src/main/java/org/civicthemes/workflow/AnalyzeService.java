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
import org.civicthemes.io.write.ImportReportWriter;
import org.civicthemes.io.write.CrossTabCsvWriter;
import org.civicthemes.io.write.EmergingCsvWriter;
import org.civicthemes.io.write.FaqCsvWriter;
import org.civicthemes.io.write.SeasonalityCsvWriter;
import org.civicthemes.io.write.ThemesJsonWriter;
import org.civicthemes.io.write.TrendsCsvWriter;
import org.civicthemes.model.DateRange;
import org.civicthemes.model.ColumnRole;
import org.civicthemes.model.ImportResult;
import org.civicthemes.model.ServiceRequest;
import org.civicthemes.model.ThemeOptions;
import org.civicthemes.model.ThemeRun;
import org.civicthemes.progress.CancellationToken;
import org.civicthemes.progress.ProgressListener;
import org.civicthemes.text.Redactor;

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
        List<Path> written = new ArrayList<>();
        Path report = request.outDir().resolve(IMPORT_REPORT);
        reportWriter.write(imported.report(), runFields(request, inRange), report);
        written.add(report);
        if (!request.findThemes()) {
            return new AnalyzeOutcome(imported, inRange, null, written);
        }
        ThemeOptions options = ThemeOptions.DEFAULTS.withThemes(request.themes()).withSeed(request.seed());
        ThemeRun themes = themeService.findThemes(imported.dataset(), request.range(), options,
                request.text().toTextOptions(), progress, cancel);
        Path themesFile = request.outDir().resolve(THEMES);
        themesWriter.write(imported.dataset(), themes, themesFile);
        written.add(themesFile);
        Path assignments = request.outDir().resolve(ASSIGNMENTS);
        assignmentsWriter.write(imported.dataset(), themes, assignments);
        written.add(assignments);
        ThemeDayCounts dayCounts = ThemeDayCounts.of(imported.dataset(), themes);
        Path trends = request.outDir().resolve(TRENDS);
        trendsWriter.write(themes, Trends.of(dayCounts, request.range(), Period.MONTH), trends);
        written.add(trends);
        Path seasonality = request.outDir().resolve(SEASONALITY);
        seasonalityWriter.write(themes, ThemeSeasonality.of(imported.dataset(), themes), seasonality);
        written.add(seasonality);
        Path emerging = request.outDir().resolve(EMERGING);
        emergingWriter.write(themes, EmergingThemes.find(dayCounts, Period.MONTH, EMERGING_BASELINE_MONTHS), emerging);
        written.add(emerging);
        Redactor redactor = Redactor.of(request.text().toTextOptions().redaction());
        Path faq = request.outDir().resolve(FAQ);
        faqWriter.write(themes, FaqFinder.find(imported.dataset(), themes, q -> redactor.redact(q).text(),
                FAQ_PER_THEME), faq);
        written.add(faq);
        if (imported.dataset().mapping().has(ColumnRole.CATEGORY)) {
            Path tab = request.outDir().resolve(CROSSTAB_CATEGORY);
            crossTabWriter.write(themes, CrossTab.of(imported.dataset(), themes, ServiceRequest::category), "category",
                    tab);
            written.add(tab);
        }
        if (imported.dataset().mapping().has(ColumnRole.DISTRICT)) {
            Path tab = request.outDir().resolve(CROSSTAB_DISTRICT);
            crossTabWriter.write(themes, CrossTab.of(imported.dataset(), themes, ServiceRequest::district), "district",
                    tab);
            written.add(tab);
        }
        return new AnalyzeOutcome(imported, inRange, themes, written);
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
