package org.civicthemes.analysis;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds the question in a request: a sentence ending in "?" or opening with "¿", or one that starts like a
 * question ("how do I", "when will", "who do I call", "can I", "cómo", "cuándo", ...), after an optional greeting.
 */
final class QuestionExtractor {

    private static final Pattern SENTENCES = Pattern.compile("(?<=[.!?])\\s+|\\n+");
    private static final Pattern GREETING = Pattern.compile(
            "^(hi|hello|hey|good (morning|afternoon|evening)|hola|buenos d[ií]as|buenas tardes)[,!. ]*", Pattern.CASE_INSENSITIVE);
    private static final Pattern QUESTION_START = Pattern.compile("^(how (do|can|should|long|much|often) |how to |"
            + "when (will|is|does|do|are|can) |who (do|should|can) i |who is responsible|can (i|you|someone|we) |"
            + "could (you|someone) |is (it|there) (possible|a way|any) |where (can|do|should) i |what (is|are|do|should|happens) |"
            + "why (is|does|do|are|hasn't|has|haven't|isn't) |do i need |am i allowed |"
            + "c[oó]mo (puedo|se|hago) |cu[aá]ndo (pasan|van|vienen|es|ser[aá]) |d[oó]nde (puedo|est[aá]) |qui[eé]n |"
            + "puedo |por qu[eé] )", Pattern.CASE_INSENSITIVE);

    private QuestionExtractor() {
    }

    /** The first question-like sentence of a text, trimmed, or empty. */
    static Optional<String> questionIn(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        for (String sentence : SENTENCES.split(text.strip())) {
            String s = GREETING.matcher(sentence.strip()).replaceFirst("").strip();
            if (s.length() < 8) {
                continue;
            }
            if (s.endsWith("?") || s.startsWith("¿") || QUESTION_START.matcher(s.toLowerCase(Locale.ROOT)).find()) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
