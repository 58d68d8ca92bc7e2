package org.civicthemes.io.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.civicthemes.model.FaqEntry;

/**
 * A city FAQ as plain text: {@code Q:} and {@code A:} blocks (an answer may run over several lines), or one question
 * per line (when some lines end in "?" and others do not, the others are the answer of the question above them).
 * Lines starting with '#' are comments.
 */
final class FaqText {

    private static final Pattern QUESTION = Pattern.compile("(?i)^\\s*(q|question|pregunta|p)\\s*[:.]\\s*(.*)$");
    private static final Pattern ANSWER = Pattern.compile("(?i)^\\s*(a|answer|respuesta|r)\\s*[:.]\\s*(.*)$");

    private FaqText() {
    }

    static List<FaqEntry> read(String text, String fileName) throws ImportException {
        String[] lines = text.split("\r\n|\r|\n", -1);
        boolean blocks = false;
        for (String line : lines) {
            blocks |= (QUESTION.matcher(line).matches() || ANSWER.matcher(line).matches()) && !line.strip().endsWith(":");
        }
        return blocks ? blocks(lines, fileName) : oneAPerLine(lines);
    }

    private static List<FaqEntry> blocks(String[] lines, String fileName) throws ImportException {
        List<FaqEntry> entries = new ArrayList<>();
        Pending pending = null;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.strip().startsWith("#")) {
                continue;
            }
            Matcher q = QUESTION.matcher(line);
            Matcher a = ANSWER.matcher(line);
            if (q.matches()) {
                add(entries, pending);
                if (q.group(2).isBlank()) {
                    throw new ImportException(fileName + ", line " + (i + 1) + ": \"" + line.strip() + "\" has no "
                            + "question after it; write the question on the same line, or delete the line.");
                }
                pending = new Pending(q.group(2), i + 1);
            } else if (a.matches()) {
                if (pending == null) {
                    throw new ImportException(fileName + ", line " + (i + 1) + ": an answer (A:) comes before any "
                            + "question (Q:); put its Q: line above it.");
                }
                pending.inAnswer = true;
                pending.answer.append(a.group(2).strip());
            } else if (!line.isBlank() && pending != null) {
                StringBuilder part = pending.inAnswer ? pending.answer : pending.question;
                part.append(part.length() == 0 ? "" : " ").append(line.strip());
            } else if (!line.isBlank()) {
                throw new ImportException(fileName + ", line " + (i + 1) + ": text before the first question (Q:); "
                        + "start the line with # to keep it as a comment, or delete it.");
            }
        }
        add(entries, pending);
        return entries;
    }

    private static List<FaqEntry> oneAPerLine(String[] lines) {
        boolean someQuestions = false;
        for (String line : lines) {
            someQuestions |= line.strip().endsWith("?");
        }
        List<FaqEntry> entries = new ArrayList<>();
        Pending pending = null;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (!someQuestions || line.endsWith("?") || pending == null) {
                add(entries, pending);
                pending = new Pending(line, i + 1);
            } else {
                pending.answer.append(pending.answer.length() == 0 ? "" : " ").append(line);
            }
        }
        add(entries, pending);
        return entries;
    }

    private static void add(List<FaqEntry> entries, Pending pending) {
        if (pending != null) {
            entries.add(new FaqEntry(pending.question.toString(), pending.answer.toString(), pending.line));
        }
    }

    /** The question being read, until the next one starts. */
    private static final class Pending {
        private final StringBuilder question;
        private final StringBuilder answer = new StringBuilder();
        private final int line;
        private boolean inAnswer;

        Pending(String question, int line) {
            this.question = new StringBuilder(question.strip());
            this.line = line;
        }
    }
}
