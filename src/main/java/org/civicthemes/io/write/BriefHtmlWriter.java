package org.civicthemes.io.write;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.civicthemes.analysis.EmergingThemes;
import org.civicthemes.analysis.FaqCandidate;
import org.civicthemes.analysis.TrendVerdict;

/**
 * Writes {@code brief.html}: one printable page for the agents who answer residents: the themes residents contact the
 * city about more than usual right now (the emerging verdicts, with their counts against the baseline, exactly as
 * emerging.csv gives them), the questions they ask about each with the city FAQ's answer where one matched, each
 * theme's department, and the questions asked most in the latest month. Styles inline, no script, nothing fetched;
 * every text from the data is escaped.
 */
public final class BriefHtmlWriter implements ExportWriter {

    private static final DateTimeFormatter MADE_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT);
    private static final String STYLE = """
            body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1f2328;margin:0;background:#fff;font-size:14px}
            main{max-width:800px;margin:0 auto;padding:20px 28px}
            h1{font-size:22px;margin:0 0 4px}h2{font-size:16px;margin:16px 0 2px;color:#b35000}
            h3{font-size:15px;margin:18px 0 4px;border-bottom:2px solid #0072B2;padding-bottom:2px}
            p{line-height:1.4;margin:4px 0}.muted{color:#57606a;font-size:12px}.fig{font-size:13px}
            .dept{display:inline-block;background:#eef6fc;border:1px solid #0072B2;border-radius:3px;padding:0 5px;
            font-size:12px;color:#0b4f7c;margin-left:6px}
            ul{margin:4px 0 4px 18px;padding:0}li{margin:3px 0;line-height:1.35}
            .a{color:#1a5e20}.none{color:#8a4600}.n{color:#57606a;font-size:12px}
            @media print{main{max-width:none;padding:0}section,li{break-inside:avoid}}
            @page{margin:12mm}
            """;

    @Override
    public void writeTo(ExportContent content, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + e(title(content))
                + "</title>\n<style>\n" + STYLE + "</style>\n</head>\n<body>\n<main>\n");
        w.write("<h1>" + e(title(content)) + "</h1>\n");
        List<Brief.Item> items = Brief.emerging(content);
        if (content.verdicts().isEmpty()) {
            w.write("<p>The data holds no period before the latest one to compare with, so nothing can be said to be "
                    + "more than usual.</p>\n");
        } else {
            TrendVerdict any = content.verdicts().get(0);
            w.write("<p class=\"fig\">Latest period: " + any.from() + " to " + any.to() + ", against "
                    + e(HtmlReportWriter.baseline(any)) + ". " + e(ExportWording.scope(content)) + "</p>\n");
            emerging(w, content, items);
        }
        askedNow(w, content);
        w.write("<p class=\"muted\">" + e(EmergingThemes.EXPLANATION) + " Questions: requests that ask something or "
                + "ask for action, grouped by meaning within each theme; \"this month\" counts those of the latest "
                + "month. " + e(faqNote(content)) + " " + e(content.redactionNote()) + "</p>\n");
        w.write("<p class=\"muted\">Made by CivicThemes " + e(content.version()) + " on "
                + e(MADE_AT.format(content.madeAt().atOffset(ZoneOffset.UTC))) + ".</p>\n");
        w.write("</main>\n</body>\n</html>\n");
        w.flush();
    }

    static String title(ExportContent content) {
        String source = content.report().source().fileName();
        return "Agent brief: what residents are contacting us about" + (source.isEmpty() ? "" : " (" + source + ")");
    }

    private static void emerging(Writer w, ExportContent content, List<Brief.Item> items) throws IOException {
        long all = Brief.emergingCount(content);
        w.write("<h2>More than usual right now" + (all == 0 ? "" : String.format(Locale.ROOT, " (%d theme%s)", all,
                all == 1 ? "" : "s")) + "</h2>\n");
        if (items.isEmpty()) {
            w.write("<p>No theme is above its usual level by more than chance explains.</p>\n");
            return;
        }
        if (all > items.size()) {
            w.write("<p class=\"muted\">The " + items.size() + " most unusual of them; emerging.csv lists all.</p>\n");
        }
        for (Brief.Item item : items) {
            w.write("<section>\n<h3>" + e(item.label()) + (item.department().isEmpty() ? ""
                    : "<span class=\"dept\">" + e(item.department()) + "</span>") + "</h3>\n");
            w.write("<p class=\"fig\" data-theme=\"" + item.fileId() + "\"><b>" + e(Brief.ratio(item.verdict()))
                    + "</b>: " + e(Brief.figures(item.verdict())) + ".</p>\n");
            questions(w, content, item.questions());
            w.write("</section>\n");
        }
    }

    private static void questions(Writer w, ExportContent content, List<FaqCandidate> questions) throws IOException {
        if (questions.isEmpty()) {
            w.write("<p class=\"n\">No question about it was asked often enough to list.</p>\n");
            return;
        }
        w.write("<ul>\n");
        for (FaqCandidate c : questions) {
            w.write(question(content, c, ""));
        }
        w.write("</ul>\n");
    }

    /** @param theme the theme's name, to follow the counts; empty when the question stands under its theme */
    private static String question(ExportContent content, FaqCandidate c, String theme) {
        StringBuilder li = new StringBuilder("<li>“" + e(c.question()) + "” <span class=\"n\">");
        li.append(String.format(Locale.ROOT, "%,d request%s, %d this month", c.count(), c.count() == 1 ? "" : "s",
                c.trend().latest())).append(theme.isEmpty() ? "" : " · " + e(theme)).append("</span>");
        if (c.covered()) {
            String answer = Brief.answerOf(c);
            li.append("<br><span class=\"a\">City FAQ, “").append(e(c.coveredBy().entry().question())).append("”")
                    .append(answer.isEmpty() ? " (no answer text in the FAQ file)" : ": " + e(answer))
                    .append("</span>");
        } else if (content.cityFaq().isLoaded()) {
            li.append("<br><span class=\"none\">Not answered in the city's FAQ.</span>");
        }
        return li.append("</li>\n").toString();
    }

    private static void askedNow(Writer w, ExportContent content) throws IOException {
        List<FaqCandidate> now = Brief.askedNow(content);
        if (now.isEmpty()) {
            return;
        }
        w.write("<h2>Asked most in the latest month</h2>\n<ul>\n");
        for (FaqCandidate c : now) {
            w.write(question(content, c, content.labelOf(c.group())));
        }
        w.write("</ul>\n");
    }

    private static String faqNote(ExportContent content) {
        return content.cityFaq().isLoaded() ? "Answers are quoted from the city's FAQ (" + content.cityFaq().fileName()
                + ") where one of its questions means the same." : "No city FAQ was given, so no answers are quoted.";
    }

    private static String e(String text) {
        return HtmlText.escape(text);
    }
}
