package org.civicthemes.io.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.civicthemes.model.FaqEntry;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;

/**
 * A city FAQ saved from its web page (decision 0017: jsoup reads the HTML as a browser would). The page is read as
 * its blocks of text in order (paragraphs, list items, headings, ...); a block is a question when it is a heading,
 * {@code <dt>} or {@code <summary>} ending in "?", or starts with bold text ending in "?". The blocks after a question,
 * up to the next question or heading, are its answer (with the rest of a block whose bold start was the question).
 * Scripts, styles, navigation, headers and footers are left out.
 */
final class FaqWebPage {

    private static final Set<String> BLOCKS = Set.of("p", "li", "dd", "dt", "h1", "h2", "h3", "h4", "h5", "h6",
            "summary", "td", "th", "blockquote", "pre", "div", "details", "section", "article", "main", "body",
            "ul", "ol", "dl", "table", "tbody", "thead", "tr", "form", "fieldset", "figure", "figcaption", "address",
            "aside");
    private static final Set<String> LEFT_OUT = Set.of("script", "style", "noscript", "template", "nav", "header",
            "footer", "head", "svg", "button", "select", "iframe");
    private static final Set<String> QUESTION_BLOCKS = Set.of("h1", "h2", "h3", "h4", "h5", "h6", "dt", "summary");
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");

    private FaqWebPage() {
    }

    static List<FaqEntry> read(String html, String fileName) {
        Parser parser = Parser.htmlParser().setTrackPosition(true);
        Document page = parser.parseInput(html, "");
        List<Block> blocks = new ArrayList<>();
        collect(page.body(), blocks);
        List<FaqEntry> entries = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            if (block.question.isEmpty()) {
                continue;
            }
            StringBuilder answer = new StringBuilder(block.rest);
            for (int j = i + 1; j < blocks.size() && blocks.get(j).question.isEmpty() && !blocks.get(j).heading; j++) {
                answer.append(answer.length() == 0 ? "" : " ").append(blocks.get(j).text);
            }
            entries.add(new FaqEntry(block.question, answer.toString(), block.line));
        }
        return entries;
    }

    /** The blocks of text under an element, in document order. */
    private static void collect(Element element, List<Block> blocks) {
        StringBuilder own = new StringBuilder();
        Element firstBold = null;
        for (Node child : element.childNodes()) {
            if (child instanceof TextNode t) {
                own.append(t.text());
            } else if (child instanceof Element e && !LEFT_OUT.contains(e.normalName())) {
                if (BLOCKS.contains(e.normalName())) {
                    flush(element, own, firstBold, blocks);
                    own.setLength(0);
                    firstBold = null;
                    collect(e, blocks);
                } else {
                    if (firstBold == null && own.toString().isBlank() && isBold(e)) {
                        firstBold = e;
                    }
                    own.append(e.text());
                }
            }
        }
        flush(element, own, firstBold, blocks);
    }

    private static void flush(Element element, StringBuilder own, Element firstBold, List<Block> blocks) {
        String text = spaces(own.toString());
        if (text.isEmpty()) {
            return;
        }
        String name = element.normalName();
        int line = Math.max(1, element.sourceRange().start().lineNumber());
        if (QUESTION_BLOCKS.contains(name) && text.endsWith("?")) {
            blocks.add(new Block(text, text, "", line, HEADINGS.contains(name)));
        } else if (firstBold != null && spaces(firstBold.text()).endsWith("?")) {
            String question = spaces(firstBold.text());
            String rest = text.startsWith(question) ? text.substring(question.length()).strip() : "";
            blocks.add(new Block(text, question, rest, Math.max(1, firstBold.sourceRange().start().lineNumber()),
                    false));
        } else {
            blocks.add(new Block(text, "", "", line, HEADINGS.contains(name)));
        }
    }

    private static boolean isBold(Element e) {
        return e.normalName().equals("b") || e.normalName().equals("strong")
                || (!e.children().isEmpty() && e.children().size() == 1 && e.ownText().isBlank()
                && isBold(e.child(0)));
    }

    private static String spaces(String s) {
        return s.replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
    }

    /** One block of text: a question (with the rest of its block) or a part of an answer. */
    private record Block(String text, String question, String rest, int line, boolean heading) {
    }
}
