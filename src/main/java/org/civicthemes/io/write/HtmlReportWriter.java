package org.civicthemes.io.write;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.civicthemes.analysis.Cycle;
import org.civicthemes.analysis.CycleProfile;
import org.civicthemes.analysis.EmergingThemes;
import org.civicthemes.analysis.FaqCandidate;
import org.civicthemes.analysis.SeasonalityColours;
import org.civicthemes.analysis.SinceCodebook;
import org.civicthemes.analysis.ThemeChange;
import org.civicthemes.analysis.ThemeSeasonality;
import org.civicthemes.analysis.TrendVerdict;
import org.civicthemes.model.ColumnRole;
import org.civicthemes.model.ImportReport;
import org.civicthemes.model.ThemeOptions;

/**
 * Writes {@code report.html}: one self-contained page (styles inline, charts as inline SVG, no script, nothing
 * fetched) that a browser opens and prints to PDF: top themes, trends, emerging themes, seasonality, FAQ
 * candidates (with the city FAQ's entry that answers each, and the FAQ to write, when the city's FAQ was given), a
 * plain-words paragraph on how it was made, and the About facts. Every text from the data is escaped.
 */
public final class HtmlReportWriter implements ExportWriter {

    /** Themes in the trend chart. */
    static final int CHARTED = 8;
    /** FAQ candidates listed. */
    static final int FAQ_LISTED = 25;
    private static final DateTimeFormatter MADE_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT);

    private static final String STYLE = """
            body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1f2328;margin:0;background:#fff}
            main{max-width:1100px;margin:0 auto;padding:24px 32px}
            h1{font-size:26px;margin:0 0 8px}h2{font-size:20px;margin:32px 0 8px;border-bottom:2px solid #0072B2;padding-bottom:4px}
            p{line-height:1.5;margin:6px 0}.muted{color:#57606a;font-size:14px}
            .note{background:#eef6fc;border-left:4px solid #0072B2;padding:6px 10px}
            .warn{background:#fff4e5;border-left:4px solid #D55E00;padding:6px 10px}
            table{border-collapse:collapse;width:100%;font-size:13px;margin:8px 0}
            th,td{border-bottom:1px solid #d0d7de;padding:4px 6px;text-align:left;vertical-align:top}
            th{background:#f6f8fa}td.n,th.n{text-align:right;white-space:nowrap}
            .ex{color:#57606a;font-size:12px}.up{color:#b35000}.down{color:#005f99}.ns{color:#57606a}
            svg{display:block;margin:8px 0}
            @media print{main{max-width:none;padding:0}h2{break-after:avoid}section,tr,svg{break-inside:avoid}
            a{color:inherit;text-decoration:none}}
            @page{margin:14mm}
            """;

    @Override
    public void writeTo(ExportContent content, OutputStream out) throws IOException {
        ThemeRows rows = new ThemeRows(content);
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>"
                + e(ExportWording.title(content)) + "</title>\n<style>\n" + STYLE + "</style>\n</head>\n<body>\n<main>\n");
        header(w, content);
        themes(w, rows, content);
        if (content.fromCodebook()) {
            sinceCodebook(w, content);
        }
        trends(w, rows);
        emerging(w, content);
        seasonality(w, content, rows);
        faq(w, content);
        howMade(w, content);
        about(w, content);
        w.write("</main>\n</body>\n</html>\n");
        w.flush();
    }

    private static void header(Writer w, ExportContent content) throws IOException {
        w.write("<header>\n<h1>" + e(ExportWording.title(content)) + "</h1>\n");
        w.write("<p>" + e(ExportWording.scope(content)) + " " + e(ExportWording.filter(content)) + "</p>\n");
        w.write("<p class=\"" + (content.fullyRedacted() ? "note" : "warn")
                + "\">" + e(content.redactionNote()) + "</p>\n");
        w.write("<p class=\"muted\">Made by CivicThemes " + e(content.version()) + " on "
                + e(MADE_AT.format(content.madeAt().atOffset(ZoneOffset.UTC)))
                + ". Source rows refer to the rows of the source file.</p>\n</header>\n");
    }

    private static void themes(Writer w, ThemeRows rows, ExportContent content) throws IOException {
        w.write("<section id=\"themes\">\n<h2>Top themes</h2>\n");
        w.write(SvgCharts.bars(rows.rows()));
        String change = rows.changeLabel().isEmpty() ? "Change" : "Change " + rows.changeLabel() + " (per day)";
        w.write("\n<p class=\"muted\">" + e(ThemeChange.EXPLANATION) + "</p>");
        w.write("\n<table>\n<thead><tr><th class=\"n\">Id</th><th>Theme</th><th class=\"n\">Requests</th>"
                + "<th class=\"n\">Share</th><th class=\"n\" title=\"" + e(ThemeChange.EXPLANATION) + "\">" + e(change)
                + "</th><th>Top terms and examples</th></tr></thead>\n<tbody>\n");
        for (ThemeRow row : rows.rows()) {
            w.write(String.format(Locale.ROOT, "<tr><td class=\"n\">%d</td><td>%s</td><td class=\"n\">%,d</td>"
                            + "<td class=\"n\">%.1f%%</td><td class=\"n\">%s</td><td>%s", row.fileId(), e(row.label()),
                    row.count(), row.share() * 100, change(row.change()), e(row.topTerms())));
            for (int i = 0; i < row.examples().size(); i++) {
                w.write("<div class=\"ex\">“" + e(row.examples().get(i)) + "” (row " + row.exampleRows().get(i)
                        + ")</div>");
            }
            w.write("</td></tr>\n");
        }
        w.write(String.format(Locale.ROOT, "<tr><th></th><th>%s</th><th class=\"n\">%,d</th><th class=\"n\">%.1f%%"
                        + "</th><th></th><th></th></tr>\n</tbody>\n</table>\n</section>\n",
                content.totalLabel(), rows.total(),
                content.run().size() == 0 ? 0 : rows.total() * 100.0 / content.run().size()));
    }

    /** What changed since the codebook: its themes before and now, the proposed new ones, the empty ones. */
    private static void sinceCodebook(Writer w, ExportContent content) throws IOException {
        SinceCodebook since = content.sinceCodebook();
        w.write("<section id=\"since-codebook\">\n<h2>What changed since the codebook</h2>\n");
        w.write("<p class=\"muted\">" + e("The codebook's themes were found in " + since.learnedFrom() + ". "
                + since.describeBasis() + " Change: of the share of all requests, in percentage points; a change of "
                + SinceCodebook.STEADY_POINTS + " points or more is coloured.") + "</p>\n");
        w.write("<table>\n<thead><tr><th class=\"n\">Id</th><th>Theme</th><th class=\"n\">Before</th>"
                + "<th class=\"n\">Now</th><th class=\"n\">Share before</th><th class=\"n\">Share now</th>"
                + "<th class=\"n\">Change</th></tr></thead>\n<tbody>\n");
        for (SinceCodebook.Kept k : content.keptShown()) {
            String kind = k.grew() ? "up" : k.shrank() ? "down" : "ns";
            w.write(String.format(Locale.ROOT, "<tr><td class=\"n\">%d</td><td>%s</td><td class=\"n\">%,d</td>"
                            + "<td class=\"n\">%,d</td><td class=\"n\">%.1f%%</td><td class=\"n\">%.1f%%</td>"
                            + "<td class=\"n\"><span class=\"%s\">%s points</span></td></tr>\n", k.id(),
                    e(k.name()), k.before(), k.now(), k.shareBefore() * 100, k.shareNow() * 100, kind,
                    SinceCodebook.points(k.changePoints())));
        }
        w.write("</tbody>\n</table>\n<h3>Proposed new themes</h3>\n");
        List<SinceCodebook.Proposed> proposed = content.proposedShown();
        if (proposed.isEmpty()) {
            w.write("<p>None: every request fit a codebook theme, or too few fit none to form a theme.</p>\n");
        } else {
            w.write("<p>Requests that fit no codebook theme, or that share words much more common since it, grouped "
                    + "among themselves. Read the examples before keeping one.</p>\n<table>\n<thead><tr><th class=\"n\">Id</th><th>Theme</th>"
                    + "<th class=\"n\">Requests</th><th>Top terms and examples</th></tr></thead>\n<tbody>\n");
            for (SinceCodebook.Proposed p : proposed) {
                w.write(String.format(Locale.ROOT, "<tr><td class=\"n\">%d</td><td>%s (new)</td>"
                                + "<td class=\"n\">%,d</td><td>%s", p.id(), e(p.name()), p.size(),
                        e(String.join(", ", p.topTerms()))));
                for (String example : p.examples()) {
                    w.write("<div class=\"ex\">“" + e(example) + "”</div>");
                }
                w.write("</td></tr>\n");
            }
            w.write("</tbody>\n</table>\n");
        }
        List<SinceCodebook.Kept> empty = content.keptShown().stream().filter(SinceCodebook.Kept::emptyNow).toList();
        w.write("<h3>Codebook themes with no requests now</h3>\n<p>");
        w.write(empty.isEmpty() ? "None: every codebook theme has requests now."
                : e(empty.stream().map(k -> k.id() + " " + k.name() + " (" + k.before() + " before)")
                        .collect(java.util.stream.Collectors.joining("; "))));
        w.write("</p>\n</section>\n");
    }

    /** The change as every face writes it; orange when up, blue when down, grey when chance could give it. */
    private static String change(ThemeChange change) {
        if (!change.known()) {
            return "";
        }
        String kind = !change.significant() ? "ns" : change.difference() > 0 ? "up" : "down";
        return "<span class=\"" + kind + "\">" + e(change.text()) + "</span>";
    }

    private static void trends(Writer w, ThemeRows rows) throws IOException {
        w.write("<section id=\"trends\">\n<h2>Trends</h2>\n");
        if (rows.months().isEmpty()) {
            w.write("<p>No request in the range has a created date.</p>\n</section>\n");
            return;
        }
        List<ThemeRow> charted = new ArrayList<>();
        for (ThemeRow row : rows.rows()) {
            if (!row.special() && charted.size() < CHARTED) {
                charted.add(row);
            }
        }
        if (charted.isEmpty()) {
            charted.add(rows.rows().get(0));
        }
        w.write("<p>Requests per month of the " + (charted.size() == 1 ? "theme" : charted.size() + " largest themes")
                + ". Months at the edges of the range count only their days inside it.</p>\n");
        w.write(SvgCharts.lines(rows.months(), charted));
        w.write("\n</section>\n");
    }

    private static void emerging(Writer w, ExportContent content) throws IOException {
        w.write("<section id=\"emerging\">\n<h2>Emerging and fading themes</h2>\n");
        List<TrendVerdict> moved = content.verdicts().stream()
                .filter(v -> content.shows(v.group()) && v.direction() != TrendVerdict.Direction.STEADY).toList();
        if (content.verdicts().isEmpty()) {
            w.write("<p>The range is too short to compare its latest month with the months before.</p>\n</section>\n");
            return;
        }
        TrendVerdict any = content.verdicts().get(0);
        w.write("<p>The latest month: " + any.from() + " to " + any.to() + ", against " + e(baseline(any)) + ". "
                + e(EmergingThemes.EXPLANATION) + "</p>\n");
        if (moved.isEmpty()) {
            w.write("<p>No theme changed more than chance explains.</p>\n</section>\n");
            return;
        }
        w.write("<table>\n<thead><tr><th>Theme</th><th>Verdict</th><th class=\"n\">Latest month</th>"
                + "<th class=\"n\">Expected</th><th class=\"n\">Ratio</th><th class=\"n\">q-value</th></tr></thead>\n"
                + "<tbody>\n");
        for (TrendVerdict v : moved) {
            w.write(String.format(Locale.ROOT, "<tr><td>%d %s</td><td class=\"%s\">%s</td><td class=\"n\">%,d</td>"
                            + "<td class=\"n\">%.1f</td><td class=\"n\">%s</td><td class=\"n\">%.2g</td></tr>\n",
                    content.fileIdOf(v.group()), e(content.labelOf(v.group())),
                    v.direction() == TrendVerdict.Direction.EMERGING ? "up" : "down",
                    v.direction().name().toLowerCase(Locale.ROOT), v.latest(), v.expected(),
                    Double.isInfinite(v.ratio()) ? "new" : String.format(Locale.ROOT, "%.2f×", v.ratio()), v.qValue()));
        }
        w.write("</tbody>\n</table>\n</section>\n");
    }

    /** What the verdicts were compared with, in words. */
    static String baseline(TrendVerdict v) {
        if (v.used().kind() == org.civicthemes.analysis.Baseline.EARLIER_YEARS) {
            int years = v.used().spans().size();
            return "the same days of the " + (years == 1 ? "year" : years + " years") + " before";
        }
        var span = v.used().spans().get(0);
        return "the days before it (" + span.from() + " to " + span.to() + ")";
    }

    private static void seasonality(Writer w, ExportContent content, ThemeRows rows) throws IOException {
        w.write("<section id=\"seasonality\">\n<h2>Seasonality and time of month</h2>\n");
        Map<Integer, ThemeSeasonality.ThemeProfiles> byTheme = new HashMap<>();
        content.seasonality().forEach(p -> byTheme.put(p.themeId(), p));
        List<ThemeRow> shown = rows.rows().stream().filter(r -> !r.special() && byTheme.containsKey(r.group())).toList();
        if (shown.isEmpty()) {
            w.write("<p>No dated request to show.</p>\n</section>\n");
            return;
        }
        w.write("<p>Each cell compares a theme's requests with what the usual rhythm of all requests would give. "
                + e(SeasonalityColours.EXPLANATION) + "</p>\n<ul>\n");
        int found = 0;
        for (ThemeRow row : shown) {
            for (CycleProfile p : byTheme.get(row.group()).profiles()) {
                if (p.patterned()) {
                    found++;
                    w.write(String.format(Locale.ROOT, "<li><b>%s</b>: %s peaks at %s (%.1f× usual%s).</li>\n",
                            e(row.label()), AnalysisSheets.cycleName(p.cycle()).toLowerCase(Locale.ROOT),
                            e(SeasonalityCsvWriter.binName(p.cycle(), p.peakBin())), p.peakRatio(),
                            p.cycle() == Cycle.MONTH_OF_YEAR ? String.format(Locale.ROOT, ", %d of %d years",
                                    p.yearsWithPeak(), p.years()) : ""));
                }
            }
        }
        if (found == 0) {
            w.write("<li>No theme departs from the usual rhythm more than chance explains.</li>\n");
        }
        w.write("</ul>\n");
        for (Cycle cycle : new Cycle[] {Cycle.MONTH_OF_YEAR, Cycle.DAY_OF_MONTH}) {
            List<CycleProfile> profiles = shown.stream()
                    .map(r -> byTheme.get(r.group()).profiles().get(cycle.ordinal())).toList();
            w.write("<h3>" + e(AnalysisSheets.cycleName(cycle)) + "</h3>\n");
            w.write(SvgCharts.heatmap(shown, profiles, cycle));
            w.write("\n");
        }
        w.write("</section>\n");
    }

    private static void faq(Writer w, ExportContent content) throws IOException {
        w.write("<section id=\"faq\">\n<h2>Questions residents keep asking</h2>\n");
        List<FaqCandidate> listed = content.faq().stream().filter(c -> content.shows(c.group()))
                .sorted((a, b) -> Integer.compare(b.count(), a.count())).limit(FAQ_LISTED).toList();
        if (listed.isEmpty()) {
            w.write("<p>No question was asked often enough to list.</p>\n</section>\n");
            return;
        }
        boolean faq = content.cityFaq().isLoaded();
        w.write("<p>Questions and asks for action, wordings that mean the same merged: material for FAQ pages. "
                + "Latest month: requests asking it in the data's last month (a month on average in the months before)."
                + (faq ? " City FAQ: the entry of " + e(content.cityFaq().fileName()) + " that answers it." : "")
                + "</p>\n<table>\n<thead><tr><th>Question</th><th>Theme</th><th class=\"n\">Requests</th>"
                + "<th class=\"n\">Latest month</th><th>Other wordings</th>" + (faq ? "<th>City FAQ</th>" : "")
                + "</tr></thead>\n<tbody>\n");
        for (FaqCandidate c : listed) {
            String others = String.join(" · ", c.wordings().subList(Math.min(1, c.wordings().size()),
                    c.wordings().size()));
            w.write(String.format(Locale.ROOT, "<tr><td>%s</td><td>%d %s</td><td class=\"n\">%,d</td>"
                            + "<td class=\"n\">%s</td><td class=\"ex\">%s</td>", e(c.question()),
                    content.fileIdOf(c.group()), e(content.labelOf(c.group())), c.count(), e(trend(c)), e(others)));
            if (faq) {
                w.write(c.covered() ? "<td>" + e(c.coveredBy().entry().question()) + "</td>"
                        : "<td class=\"up\">not answered</td>");
            }
            w.write("</tr>\n");
        }
        w.write("</tbody>\n</table>\n</section>\n");
        if (faq) {
            faqToWrite(w, content);
        }
    }

    private static void faqToWrite(Writer w, ExportContent content) throws IOException {
        List<FaqCandidate> toWrite = FaqToWrite.of(content);
        w.write("<section id=\"faq-to-write\">\n<h2>FAQ to write</h2>\n");
        if (toWrite.isEmpty()) {
            w.write("<p>Every question residents keep asking is answered by an entry of "
                    + e(content.cityFaq().fileName()) + ".</p>\n</section>\n");
            return;
        }
        w.write(String.format(Locale.ROOT, "<p>%d of the %d questions residents keep asking have no entry in %s "
                + "that answers them, most asked first.</p>\n<table>\n<thead><tr><th>Question</th><th>Theme</th>"
                + "<th class=\"n\">Requests</th><th class=\"n\">Latest month</th><th>Kind</th></tr></thead>\n"
                + "<tbody>\n", toWrite.size(), FaqToWrite.shown(content), e(content.cityFaq().fileName())));
        for (FaqCandidate c : toWrite.subList(0, Math.min(FAQ_LISTED, toWrite.size()))) {
            w.write(String.format(Locale.ROOT, "<tr><td>%s</td><td>%d %s</td><td class=\"n\">%,d</td>"
                            + "<td class=\"n\">%s</td><td>%s</td></tr>\n", e(c.question()), content.fileIdOf(c.group()),
                    e(content.labelOf(c.group())), c.count(), e(trend(c)), e(c.kind().label())));
        }
        w.write("</tbody>\n</table>\n</section>\n");
    }

    /** "4 (1.5)": requests in the latest month, and a month on average before it; empty without dates. */
    private static String trend(FaqCandidate c) {
        if (!c.trend().known()) {
            return "";
        }
        return c.trend().latest() + (c.trend().monthsBefore() == 0 ? ""
                : String.format(Locale.ROOT, " (%.1f)", c.trend().monthlyBefore()));
    }

    private static void howMade(Writer w, ExportContent content) throws IOException {
        ImportReport r = content.report();
        ThemeOptions o = content.run().themes().options();
        List<String> textColumns = content.dataset().mapping().columnsOf(ColumnRole.REQUEST_TEXT);
        w.write("<section id=\"how\">\n<h2>How this was made</h2>\n<p>");
        w.write(e(String.format(Locale.ROOT, "CivicThemes read %s: %,d rows, of which %,d were imported and %,d "
                        + "skipped (the About part lists why). It took what residents wrote from the column%s %s. ",
                r.source().fileName(), r.rowsRead(), r.rowsImported(), r.rowsSkipped(),
                textColumns.size() == 1 ? "" : "s", String.join(", ", textColumns))));
        w.write(e(content.redactionNote() + " "));
        w.write(e(String.format(Locale.ROOT, "To find themes, it set aside common words, weighed every other word by "
                        + "how much it sets a request apart, and grouped requests that use the same distinctive words "
                        + "(k-means clustering into %d themes, %s, with the fixed seed %d so a second run gives the "
                        + "same result). Each theme is named after the words that set it apart most. Requests that fit "
                        + "no theme well are shown as Unclear, requests without text as No description. ",
                content.themeCount(), o.themes().isAuto() ? "a number chosen by comparing several" : "as asked",
                o.seed())));
        w.write(e("Trends, seasonal patterns and emerging themes are counts of requests by the day they were "
                + "created; a pattern or a change is only called when chance alone would rarely produce it. Themes "
                + "are a way into the requests, not a verdict: read the examples before acting on one."));
        w.write("</p>\n</section>\n");
    }

    private static void about(Writer w, ExportContent content) throws IOException {
        w.write("<section id=\"about\">\n<h2>About this file</h2>\n<table>\n<tbody>\n");
        for (ExportFact fact : content.about()) {
            w.write("<tr><th>" + e(fact.name()) + "</th><td>" + e(fact.value()) + "</td></tr>\n");
        }
        w.write("</tbody>\n</table>\n</section>\n");
    }

    private static String e(String text) {
        return HtmlText.escape(text);
    }
}
