package org.civicthemes.io.write;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.civicthemes.analysis.FaqCandidate;
import org.civicthemes.analysis.TrendVerdict;

/**
 * What the agent brief tells, from what the export computed: the themes emerging in the latest period (the verdicts
 * of emerging.csv, most unusual first) with the questions residents ask about each and the city FAQ's answer where one
 * matched, and the questions asked most in the latest month.
 */
final class Brief {

    /** Emerging themes a brief lists (it is one page). */
    static final int THEMES = 8;
    /** Questions listed per theme. */
    static final int QUESTIONS_PER_THEME = 3;
    /** Questions of the latest month listed. */
    static final int ASKED_NOW = 5;
    /** Longest answer quoted; longer ones are cut at a word. */
    static final int ANSWER_CHARS = 280;

    /** An emerging theme with its questions. */
    record Item(TrendVerdict verdict, String label, int fileId, String department, List<FaqCandidate> questions) {
    }

    private Brief() {
    }

    /** The emerging themes the export shows, most unusual first, at most {@link #THEMES}. */
    static List<Item> emerging(ExportContent content) {
        List<Item> items = new ArrayList<>();
        for (TrendVerdict v : content.verdicts()) {
            if (v.direction() != TrendVerdict.Direction.EMERGING || !content.shows(v.group())) {
                continue;
            }
            if (items.size() == THEMES) {
                break;
            }
            items.add(new Item(v, content.labelOf(v.group()), content.fileIdOf(v.group()),
                    content.departmentOf(v.group()), questionsOf(content, v.group())));
        }
        return items;
    }

    /** How many themes emerge in all (the brief may list fewer). */
    static long emergingCount(ExportContent content) {
        return content.verdicts().stream().filter(v -> v.direction() == TrendVerdict.Direction.EMERGING
                && content.shows(v.group())).count();
    }

    /** The most asked questions of a group, most asked in the latest month first. */
    static List<FaqCandidate> questionsOf(ExportContent content, int group) {
        return content.faq().stream().filter(c -> c.group() == group)
                .sorted(Comparator.comparingInt((FaqCandidate c) -> -c.trend().latest())
                        .thenComparingInt(c -> -c.count()).thenComparing(FaqCandidate::question))
                .limit(QUESTIONS_PER_THEME).toList();
    }

    /** The questions asked most in the latest month over every theme shown (none asked then: empty). */
    static List<FaqCandidate> askedNow(ExportContent content) {
        return content.faq().stream().filter(c -> content.shows(c.group()) && c.trend().latest() > 0)
                .sorted(Comparator.comparingInt((FaqCandidate c) -> -c.trend().latest())
                        .thenComparingInt(c -> -c.count()).thenComparing(FaqCandidate::question))
                .limit(ASKED_NOW).toList();
    }

    /** The answer of the FAQ entry that covers a question, cut to {@link #ANSWER_CHARS}; empty when none. */
    static String answerOf(FaqCandidate c) {
        if (!c.covered()) {
            return "";
        }
        String answer = c.coveredBy().entry().answer();
        if (answer.length() <= ANSWER_CHARS) {
            return answer;
        }
        int cut = answer.lastIndexOf(' ', ANSWER_CHARS);
        return answer.substring(0, cut > 0 ? cut : ANSWER_CHARS) + " …";
    }

    /** "41 requests, expected 18.3 (baseline 110 requests)", as emerging.csv counts them. */
    static String figures(TrendVerdict v) {
        return String.format(Locale.ROOT, "%,d requests from %s to %s, expected %.1f from the baseline (%,d requests)",
                v.latest(), v.from(), v.to(), v.expected(), v.baseline());
    }

    /** "2.2× the usual", or "new" when the baseline had none. */
    static String ratio(TrendVerdict v) {
        return Double.isInfinite(v.ratio()) ? "new" : String.format(Locale.ROOT, "%.2f× the usual", v.ratio());
    }
}
