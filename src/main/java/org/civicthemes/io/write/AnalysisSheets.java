package org.civicthemes.io.write;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.civicthemes.analysis.CrossTab;
import org.civicthemes.analysis.Cycle;
import org.civicthemes.analysis.CycleProfile;
import org.civicthemes.analysis.EmergingThemes;
import org.civicthemes.analysis.FaqCandidate;
import org.civicthemes.analysis.SeasonalityFinder;
import org.civicthemes.analysis.ThemeSeasonality;
import org.civicthemes.analysis.TrendVerdict;

/**
 * The analysis sheets of the summary workbook: Brief, Seasonality, Emerging, Category cross-tab, FAQ candidates, FAQ to
 * write.
 */
final class AnalysisSheets {

    /** Category columns of the cross-tab; the rest are summed in one column. */
    static final int CATEGORY_COLUMNS = 40;

    private final WorkbookCells cells;
    private final ExportContent content;
    private final ThemeRows rows;

    AnalysisSheets(WorkbookCells cells, ExportContent content, ThemeRows rows) {
        this.cells = cells;
        this.content = content;
        this.rows = rows;
    }

    void seasonality(SXSSFSheet sheet) {
        int r = 0;
        cells.text(sheet.createRow(r++), 0, "When each theme's requests come, against the usual rhythm of all "
                + "requests. A pattern needs a q-value (p adjusted for all the tests of this sheet) below "
                + org.civicthemes.analysis.FalseDiscovery.RATE + ", at least "
                + SeasonalityFinder.MIN_REQUESTS + " requests and, for months of the year, "
                + SeasonalityFinder.MIN_YEARS_FOR_SEASONS + " years that show it.");
        Map<Integer, ThemeSeasonality.ThemeProfiles> byTheme = new HashMap<>();
        content.seasonality().forEach(p -> byTheme.put(p.themeId(), p));
        for (Cycle cycle : Cycle.values()) {
            if (cycle == Cycle.HOUR_OF_DAY && !hasTimes(byTheme)) {
                continue;
            }
            r++;
            cells.title(sheet.createRow(r++), 0, cycleName(cycle));
            Row header = sheet.createRow(r++);
            cells.headers(header, 0, "Theme id", "Theme");
            for (int b = 0; b < cycle.bins(); b++) {
                cells.headers(header, 2 + b, SeasonalityCsvWriter.binName(cycle, b));
            }
            cells.headers(header, 2 + cycle.bins(), "Peak", "Peak vs usual", "p-value", "Years", "Years with peak",
                    "Pattern");
            for (ThemeRow row : rows.rows()) {
                ThemeSeasonality.ThemeProfiles profiles = byTheme.get(row.group());
                if (row.special() || profiles == null) {
                    continue;
                }
                CycleProfile p = profiles.profiles().get(cycle.ordinal());
                Row line = sheet.createRow(r++);
                cells.integer(line, 0, row.fileId());
                cells.text(line, 1, row.label());
                long[] counts = p.counts();
                for (int b = 0; b < counts.length; b++) {
                    cells.integer(line, 2 + b, counts[b]);
                }
                int c = 2 + cycle.bins();
                cells.text(line, c, SeasonalityCsvWriter.binName(cycle, p.peakBin()));
                cells.decimal(line, c + 1, p.peakRatio());
                cells.text(line, c + 2, String.format(Locale.ROOT, "%.3g", p.pValue()));
                cells.integer(line, c + 3, p.years());
                cells.integer(line, c + 4, p.yearsWithPeak());
                cells.text(line, c + 5, p.patterned() ? "yes" : "no");
            }
        }
        sheet.setColumnWidth(1, 40 * 256);
    }

    private static boolean hasTimes(Map<Integer, ThemeSeasonality.ThemeProfiles> byTheme) {
        for (ThemeSeasonality.ThemeProfiles profiles : byTheme.values()) {
            long[] hours = profiles.profiles().get(Cycle.HOUR_OF_DAY.ordinal()).counts();
            for (int h = 1; h < hours.length; h++) {
                if (hours[h] > 0) {
                    return true;
                }
            }
        }
        return false;
    }

    static String cycleName(Cycle cycle) {
        return switch (cycle) {
            case MONTH_OF_YEAR -> "Month of the year";
            case DAY_OF_MONTH -> "Day of the month";
            case DAY_OF_WEEK -> "Day of the week";
            case HOUR_OF_DAY -> "Hour of the day";
        };
    }

    void emerging(SXSSFSheet sheet) {
        int r = 0;
        cells.text(sheet.createRow(r++), 0, EmergingThemes.EXPLANATION + " Most unusual first.");
        cells.headers(sheet.createRow(r++), 0, "Theme id", "Theme", "Verdict", "Latest from", "Latest to",
                "Requests in latest", "Expected", "Requests in baseline", "Latest vs expected", "p-value", "q-value",
                "Baseline");
        for (TrendVerdict v : content.verdicts()) {
            if (!content.shows(v.group())) {
                continue;
            }
            Row line = sheet.createRow(r++);
            cells.integer(line, 0, content.fileIdOf(v.group()));
            cells.text(line, 1, content.labelOf(v.group()));
            cells.text(line, 2, v.direction().name().toLowerCase(Locale.ROOT));
            cells.text(line, 3, v.from().toString());
            cells.text(line, 4, v.to().toString());
            cells.integer(line, 5, v.latest());
            cells.decimal(line, 6, v.expected());
            cells.integer(line, 7, v.baseline());
            cells.decimal(line, 8, v.ratio());
            cells.text(line, 9, String.format(Locale.ROOT, "%.3g", v.pValue()));
            cells.text(line, 10, Double.isNaN(v.qValue()) ? "" : String.format(Locale.ROOT, "%.3g", v.qValue()));
            cells.text(line, 11, HtmlReportWriter.baseline(v));
        }
        SummaryWorkbookWriter.widths(sheet, 9, 40, 10, 12, 12, 12, 10, 12, 12, 10, 10, 40);
    }

    void crossTab(SXSSFSheet sheet) {
        CrossTab tab = content.categories();
        if (tab == null) {
            cells.text(sheet.createRow(0), 0, "The source has no category column, so there is no cross-tab.");
            return;
        }
        int shown = Math.min(CATEGORY_COLUMNS, tab.values().size());
        boolean other = tab.values().size() > shown;
        int r = 0;
        cells.text(sheet.createRow(r++), 0, "Requests per theme and official category. A theme spread over many "
                + "categories may be routed in several ways; a category with a low purity hides several problems.");
        Row header = sheet.createRow(r++);
        cells.headers(header, 0, "Theme id", "Theme", "Requests", "Categories holding 80%");
        for (int v = 0; v < shown; v++) {
            cells.headers(header, 4 + v, tab.values().get(v));
        }
        if (other) {
            cells.headers(header, 4 + shown, "Other categories");
        }
        long[][] counts = tab.counts();
        for (ThemeRow row : rows.rows()) {
            Row line = sheet.createRow(r++);
            cells.integer(line, 0, row.fileId());
            cells.text(line, 1, row.label());
            long[] byValue = counts[row.group()];
            cells.integer(line, 2, sum(byValue, 0, byValue.length));
            cells.integer(line, 3, tab.valuesFor80Percent(row.group()));
            for (int v = 0; v < shown; v++) {
                cells.integer(line, 4 + v, byValue[v]);
            }
            if (other) {
                cells.integer(line, 4 + shown, sum(byValue, shown, byValue.length));
            }
        }
        Row purity = sheet.createRow(r);
        cells.text(purity, 1, "Category purity (share in its largest group)");
        for (int v = 0; v < shown; v++) {
            cells.percent(purity, 4 + v, tab.purity(v));
        }
        sheet.setColumnWidth(1, 40 * 256);
    }

    private static long sum(long[] values, int from, int to) {
        long s = 0;
        for (int i = from; i < to; i++) {
            s += values[i];
        }
        return s;
    }

    void faq(SXSSFSheet sheet) {
        int r = 0;
        cells.text(sheet.createRow(r++), 0, "Questions and asks residents keep making, by theme, wordings that mean "
                + "the same merged: material for FAQ entries. Wordings are redacted as the rest of this file. "
                + "Latest month: requests asking it in the data's last month; before: a month on average in the "
                + "months before." + (content.cityFaq().isLoaded() ? " City FAQ: the entry of "
                + content.cityFaq().fileName() + " that answers it, if one does." : ""));
        cells.headers(sheet.createRow(r++), 0, "Theme id", "Theme", "Question", "Requests asking", "Wordings",
                "Source rows", "Kind", "Latest month", "A month before", "City FAQ entry");
        for (FaqCandidate c : content.faq()) {
            if (!content.shows(c.group())) {
                continue;
            }
            Row line = sheet.createRow(r++);
            cells.integer(line, 0, content.fileIdOf(c.group()));
            cells.text(line, 1, content.labelOf(c.group()));
            cells.wrappedText(line, 2, c.question());
            cells.integer(line, 3, c.count());
            cells.wrappedText(line, 4, String.join(" | ", c.wordings()));
            cells.text(line, 5, c.sourceRows().stream().map(String::valueOf).collect(Collectors.joining(" ")));
            cells.text(line, 6, c.kind().label());
            if (c.trend().known()) {
                cells.integer(line, 7, c.trend().latest());
            }
            if (c.trend().monthsBefore() > 0) {
                cells.decimal(line, 8, c.trend().monthlyBefore());
            }
            cells.wrappedText(line, 9, c.covered() ? c.coveredBy().entry().question()
                    : content.cityFaq().isLoaded() ? "(none)" : "");
        }
        SummaryWorkbookWriter.widths(sheet, 9, 40, 60, 10, 80, 24, 14, 10, 10, 50);
    }

    /** The questions the city's FAQ does not answer, most asked first. */
    void faqToWrite(SXSSFSheet sheet) {
        int r = 0;
        if (!content.cityFaq().isLoaded()) {
            cells.text(sheet.createRow(r), 0, "No city FAQ was given. Load the city's current FAQ (analyze --faq "
                    + "FILE, or Themes > Load the city's FAQ in the window) to list the questions it does not answer.");
            return;
        }
        List<FaqCandidate> toWrite = FaqToWrite.of(content);
        cells.text(sheet.createRow(r++), 0, "FAQ to write: questions residents keep asking that no entry of "
                + content.cityFaq().fileName() + " answers (" + toWrite.size() + " of " + FaqToWrite.shown(content)
                + "), most asked first.");
        cells.headers(sheet.createRow(r++), 0, "Question", "Requests asking", "Latest month", "A month before",
                "Theme id", "Theme", "Kind", "Other wordings", "Source rows");
        for (FaqCandidate c : toWrite) {
            Row line = sheet.createRow(r++);
            cells.wrappedText(line, 0, c.question());
            cells.integer(line, 1, c.count());
            if (c.trend().known()) {
                cells.integer(line, 2, c.trend().latest());
            }
            if (c.trend().monthsBefore() > 0) {
                cells.decimal(line, 3, c.trend().monthlyBefore());
            }
            cells.integer(line, 4, content.fileIdOf(c.group()));
            cells.text(line, 5, content.labelOf(c.group()));
            cells.text(line, 6, c.kind().label());
            cells.wrappedText(line, 7, String.join(" | ", c.wordings().subList(Math.min(1, c.wordings().size()),
                    c.wordings().size())));
            cells.text(line, 8, c.sourceRows().stream().map(String::valueOf).collect(Collectors.joining(" ")));
        }
        SummaryWorkbookWriter.widths(sheet, 60, 10, 10, 10, 9, 40, 14, 80, 24);
    }

    /** The agent brief as a sheet: each emerging theme's figures, with its questions and the FAQ's answers. */
    void brief(SXSSFSheet sheet) {
        int r = 0;
        if (content.verdicts().isEmpty()) {
            cells.text(sheet.createRow(r), 0, "The data holds no period before the latest one to compare with, so "
                    + "nothing can be said to be more than usual.");
            return;
        }
        TrendVerdict any = content.verdicts().get(0);
        cells.text(sheet.createRow(r++), 0, "Agent brief: the themes residents contact the city about more than usual "
                + "in the latest period (" + any.from() + " to " + any.to() + ", against " + HtmlReportWriter.baseline(any)
                + "), as the Emerging sheet counts them, with the questions they ask about each and the city FAQ's "
                + "answer where one matched.");
        cells.headers(sheet.createRow(r++), 0, "Theme id", "Theme", "Department", "Requests in latest", "Expected",
                "Requests in baseline", "Latest vs expected", "Question", "Requests asking", "Latest month",
                "City FAQ entry", "City FAQ answer");
        List<Brief.Item> items = Brief.emerging(content);
        if (items.isEmpty()) {
            cells.text(sheet.createRow(r), 0, "No theme is above its usual level by more than chance explains.");
        }
        for (Brief.Item item : items) {
            List<FaqCandidate> questions = item.questions().isEmpty() ? java.util.Collections.singletonList(null)
                    : item.questions();
            for (FaqCandidate c : questions) {
                Row line = sheet.createRow(r++);
                TrendVerdict v = item.verdict();
                cells.integer(line, 0, item.fileId());
                cells.text(line, 1, item.label());
                cells.text(line, 2, item.department());
                cells.integer(line, 3, v.latest());
                cells.decimal(line, 4, v.expected());
                cells.integer(line, 5, v.baseline());
                if (!Double.isInfinite(v.ratio())) {
                    cells.decimal(line, 6, v.ratio());
                }
                if (c != null) {
                    cells.wrappedText(line, 7, c.question());
                    cells.integer(line, 8, c.count());
                    cells.integer(line, 9, c.trend().latest());
                    cells.wrappedText(line, 10, c.covered() ? c.coveredBy().entry().question()
                            : content.cityFaq().isLoaded() ? "(none)" : "");
                    cells.wrappedText(line, 11, Brief.answerOf(c));
                }
            }
        }
        SummaryWorkbookWriter.widths(sheet, 9, 36, 20, 10, 10, 10, 10, 60, 10, 10, 50, 80);
    }
}
