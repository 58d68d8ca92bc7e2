package org.civicthemes.io.write;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.civicthemes.analysis.FaqCandidate;
import org.civicthemes.analysis.FaqTrend;
import org.civicthemes.analysis.ThemeGroups;
import org.civicthemes.model.ThemeRun;

/**
 * Writes {@code faq.csv}: the questions and asks residents keep making, by theme, with how many requests make each,
 * up to three wordings (already redacted), a few source rows, the kind, the trend (requests in the data's latest month
 * against the monthly average of the months before) and, when the city's FAQ was given, whether an entry of it
 * answers the question and which.
 */
public final class FaqCsvWriter {

    /** Without the city's FAQ: {@code covered} and {@code faq_entry} are left empty. */
    public void write(ThemeRun run, List<FaqCandidate> candidates, Path target) throws IOException {
        write(run, candidates, false, target);
    }

    /** @param faqGiven whether the questions were matched with the city's FAQ ({@code covered}: yes or no) */
    public void write(ThemeRun run, List<FaqCandidate> candidates, boolean faqGiven, Path target) throws IOException {
        int themes = run.themes().themes().size();
        CSVFormat format = CsvFile.withHeader("theme_id", "theme_label", "question", "count",
                "wordings", "source_rows", "kind", "latest_month", "latest_count", "monthly_before", "covered",
                "faq_entry", "faq_line");
        CsvFile.write(target, format, csv -> {
            for (FaqCandidate c : candidates) {
                int internal = ThemeGroups.themeId(c.group(), themes);
                FaqTrend trend = c.trend();
                csv.printRecord(ThemeIds.external(run, internal), CsvText.safe(run.labelOf(internal)),
                        CsvText.safe(c.question()), c.count(),
                        CsvText.safe(String.join(" | ", c.wordings())),
                        c.sourceRows().stream().map(String::valueOf).collect(Collectors.joining(" ")),
                        c.kind().label(), trend.known() ? trend.latestMonth().toString() : "",
                        trend.known() ? String.valueOf(trend.latest()) : "",
                        trend.monthsBefore() > 0 ? String.format(Locale.ROOT, "%.1f", trend.monthlyBefore()) : "",
                        faqGiven ? (c.covered() ? "yes" : "no") : "",
                        c.covered() ? CsvText.safe(c.coveredBy().entry().question()) : "",
                        c.covered() ? String.valueOf(c.coveredBy().entry().line()) : "");
            }
        });
    }
}
