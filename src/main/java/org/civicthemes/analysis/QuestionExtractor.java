package org.civicthemes.analysis;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the question in a request: a sentence ending in "?" or opening with "¿", or one that starts like a
 * question ("how do I", "when will", "who do I call", "can I", "cómo", "cuándo", ...), after an optional greeting.
 * Sentences end after '.', '!' or '?' followed by white space, and at line breaks. It runs on every request of an
 * export, so the expressions are tried only on sentences whose first letter can start a greeting or a question.
 */
final class QuestionExtractor {

    private static final Pattern GREETING = Pattern.compile(
            "(hi|hello|hey|good (morning|afternoon|evening)|hola|buenos d[ií]as|buenas tardes)[,!. ]*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** The first letters (lower case) of the greetings above. */
    private static final String GREETING_LETTERS = "hgb";
    private static final Pattern QUESTION_START = Pattern.compile("(how (do|can|should|long|much|often) |how to |"
            + "when (will|is|does|do|are|can) |who (do|should|can) i |who is responsible|can (i|you|someone|we) |"
            + "could (you|someone) |is (it|there) (possible|a way|any) |where (can|do|should) i |what (is|are|do|should|happens) |"
            + "why (is|does|do|are|hasn't|has|haven't|isn't) |do i need |am i allowed |"
            + "c[oó]mo (puedo|se|hago) |cu[aá]ndo (pasan|van|vienen|es|ser[aá]) |d[oó]nde (puedo|est[aá]) |qui[eé]n |"
            + "puedo |por qu[eé] )", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** The first letters (lower case) of the question starts above. */
    private static final String QUESTION_LETTERS = "hwcidapq";

    private QuestionExtractor() {
    }

    /** The first question-like sentence of a text, trimmed, or empty. */
    static Optional<String> questionIn(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        int n = text.length();
        int start = 0;
        for (int i = 0; i <= n; i++) {
            if (i < n && !endsSentence(text, i)) {
                continue;
            }
            String question = question(text.substring(start, i).strip());
            if (question != null) {
                return Optional.of(question);
            }
            start = i + 1;
        }
        return Optional.empty();
    }

    /** Whether the character at {@code i} is a break between sentences: a line break, or space after '.', '!', '?'. */
    private static boolean endsSentence(String text, int i) {
        char c = text.charAt(i);
        if (c == '\n') {
            return true;
        }
        if (!isSpace(c) || i == 0) {
            return false;
        }
        char before = text.charAt(i - 1);
        return before == '.' || before == '!' || before == '?';
    }

    /** The white space of regular expressions ({@code \s}): space, tab, line feed, vertical tab, form feed, return. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** The sentence without its greeting when it is question-like, else null. */
    private static String question(String sentence) {
        String s = withoutGreeting(sentence);
        if (s.length() < 8) {
            return null;
        }
        if (s.endsWith("?") || s.startsWith("¿")) {
            return s;
        }
        return startsWithOneOf(s, QUESTION_LETTERS) && QUESTION_START.matcher(s).lookingAt() ? s : null;
    }

    /** The sentence after an opening greeting ("Hi, ...", "Hola ..."), or the sentence itself. */
    private static String withoutGreeting(String sentence) {
        if (!startsWithOneOf(sentence, GREETING_LETTERS)) {
            return sentence;
        }
        Matcher greeting = GREETING.matcher(sentence);
        return greeting.lookingAt() ? sentence.substring(greeting.end()).strip() : sentence;
    }

    private static boolean startsWithOneOf(String s, String lowerCaseLetters) {
        return !s.isEmpty() && lowerCaseLetters.indexOf(Character.toLowerCase(s.charAt(0))) >= 0;
    }
}
