package org.civicthemes.workflow;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.civicthemes.io.write.ExportFact;
import org.civicthemes.analysis.FaqCoverage;
import org.civicthemes.model.CityFaq;
import org.civicthemes.model.ColumnAssignment;
import org.civicthemes.model.DateRange;
import org.civicthemes.model.ImportReport;
import org.civicthemes.model.SourceInfo;
import org.civicthemes.model.ThemeOptions;
import org.civicthemes.model.ThemeRun;
import org.civicthemes.text.PiiKind;

/**
 * The About facts of an export: enough to find the source again, check it is the same file, and repeat the run
 * with the same options and seed.
 */
final class ExportFacts {

    private ExportFacts() {
    }

    static List<ExportFact> of(ExportRequest request, ThemeRun narrowed, Set<PiiKind> redacted, Instant madeAt,
                               String version) {
        ImportReport report = request.imported().report();
        SourceInfo s = report.source();
        List<ExportFact> facts = new ArrayList<>();
        add(facts, "Source file", s.fileName());
        add(facts, "Source path", s.path());
        add(facts, "SHA-256 of the source file", s.sha256());
        add(facts, "Format", s.format().name().toLowerCase(Locale.ROOT)
                + (s.sheet().isEmpty() ? "" : ", sheet '" + s.sheet() + "'") + ", header on row " + s.headerRow()
                + (s.encoding().isEmpty() ? "" : ", " + s.encoding()) + (s.delimiter().isEmpty() ? ""
                : ", " + s.delimiter() + "-separated"));
        add(facts, "Rows read", count(report.rowsRead()));
        add(facts, "Rows imported", count(report.rowsImported()));
        add(facts, "Rows skipped", count(report.rowsSkipped()) + (report.rowsSkipped() == 0 ? ""
                : " (rows and reasons are in import-report.json)"));
        add(facts, "Imported rows without text", count(report.rowsWithoutText()));
        add(facts, "Imported rows without a created date", count(report.dateless()));
        for (ColumnAssignment a : request.imported().dataset().mapping().assignments()) {
            add(facts, "Column for " + a.role().displayName().toLowerCase(Locale.ROOT), String.join(" + ", a.columns())
                    + String.format(Locale.ROOT, " (%.0f%% sure: %s)", a.confidence() * 100, a.evidence()));
        }
        add(facts, "Days the themes were found in", describe(request.run().range()));
        add(facts, "Days exported", describe(request.range()));
        add(facts, "Requests in the exported days", count(narrowed.size()));
        add(facts, "Themes exported", !request.choices().department().isEmpty()
                ? "those of " + request.choices().department() + ": " + request.choices().departmentThemes().stream()
                        .sorted().map(t -> narrowed.identity().idOf(t) + " " + narrowed.labelOf(t))
                        .collect(Collectors.joining(", "))
                : request.choices().theme().isEmpty() ? "all"
                : "one: " + ExportChoices.fileIdOf(request.choices().theme().getAsInt()) + " "
                        + narrowed.labelOf(request.choices().theme().getAsInt()));
        ThemeOptions o = narrowed.themes().options();
        add(facts, "Number of themes", narrowed.themes().themes().size() + (o.themes().isAuto()
                ? " (chosen automatically between " + o.autoMinK() + " and " + o.autoMaxK() + ")" : " (as asked)"));
        add(facts, "Seed", Long.toString(o.seed()));
        add(facts, "Theme options", String.format(Locale.ROOT, "k-means restarts %d, LSA dimensions %d, minimum "
                        + "document frequency %d, maximum document share %.2f, sublinear tf %s, unclear below "
                        + "similarity %.2f", o.restarts(), o.lsaDimensions(), o.minDf(), o.maxDfShare(), o.sublinearTf(),
                o.unclearThreshold()));
        add(facts, "Meaning of requests", narrowed.themes().meaning().describe());
        CityFaq faq = request.context().cityFaq();
        add(facts, "City FAQ matched", faq.isLoaded() ? faq.fileName() + " (" + faq.entries().size() + " entries; "
                + "cosine " + FaqCoverage.MEANING_THRESHOLD + " or more by meaning, or shared words without it)"
                : "none");
        add(facts, "Extra stopwords", request.text().extraStopwords().isEmpty() ? "none"
                : request.text().extraStopwords().stream().sorted().collect(Collectors.joining(", ")));
        Set<PiiKind> kept = redacted.isEmpty() ? EnumSet.allOf(PiiKind.class)
                : EnumSet.complementOf(EnumSet.copyOf(redacted));
        add(facts, "Redaction", redacted.isEmpty() ? "off (every kind kept at the analyst's request)"
                : kept.isEmpty() ? "on: " + ExportService.keys(redacted)
                : "partly off: redacted " + ExportService.keys(redacted) + "; kept " + ExportService.keys(kept)
                        + " at the analyst's request (--keep " + ExportService.keys(kept).replace(" ", "") + ")");
        add(facts, "Personal data replaced while finding themes", describe(narrowed.redactions()));
        add(facts, "Languages detected", describe(narrowed.languages()));
        add(facts, "Made by", "CivicThemes " + version);
        add(facts, "Made at", madeAt.truncatedTo(ChronoUnit.SECONDS).toString());
        return facts;
    }

    private static void add(List<ExportFact> facts, String name, String value) {
        facts.add(new ExportFact(name, value));
    }

    private static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    private static String describe(DateRange range) {
        if (range.isAll()) {
            return "all";
        }
        return (range.from() == null ? "the start" : range.from().toString()) + " to "
                + (range.to() == null ? "the end" : range.to().toString());
    }

    private static String describe(Map<String, ? extends Number> counts) {
        if (counts.isEmpty()) {
            return "none";
        }
        return counts.entrySet().stream().map(e -> e.getKey() + " " + String.format(Locale.ROOT, "%,d",
                e.getValue().longValue())).collect(Collectors.joining(", "));
    }
}
