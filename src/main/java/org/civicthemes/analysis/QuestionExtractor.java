package org.civicthemes.analysis;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the question in a request: a sentence ending in "?" or opening with "¿", or one that starts like a
 * question ("how do I", "when will", "who do I call", "can I", "cómo", "cuándo", "I'd like to know", "wondering
 * if", ...), after an optional greeting; else an ask for action ("please fix", "we need", "could someone", "can the
 * city", "por favor arreglen", "necesitamos").
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
            + "puedo |por qu[eé] |i'?d like to know |i would like to know |i want to know |i am wondering |"
            + "i'?m wondering |wondering (if|whether|when|why|how) |just wondering |since when )",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** The first letters (lower case) of the question starts above. */
    private static final String QUESTION_LETTERS = "hwcidapqjs";
    /** Asks for action: the city is asked to do something (a sentence that starts so, after a greeting). */
    private static final Pattern ASK_START = Pattern.compile("(please (fix|repair|remove|clean|send|check|look|help|"
            + "install|replace|trim|pick|come|add|put|paint|fill|tow|do something|take care|address|investigate)|"
            + "we need |we really need |i need (someone|the city|you) |need (a|an|more|someone) |"
            + "could (someone|the city|you please) |can (someone|the city|you please) |would (someone|the city) |"
            + "(the city|someone) (needs|should|must) |i('?d| would) like (the city|someone) |"
            + "por favor (arreglen|limpien|manden|vengan|quiten|reparen|pongan|revisen)|necesitamos |"
            + "pueden (arreglar|limpiar|mandar|venir|quitar|reparar|poner|revisar) )",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** The first letters (lower case) of the asks above. */
    private static final String ASK_LETTERS = "pwincstp";

    /**
     * Words that say nothing of what is asked: "Please take care of this.", "Can someone please look at this?" and
     * "Por favor manden a alguien." are sign-offs, not FAQ material. An ask for action (a sentence, or a question such
     * as "could someone...?") needs two other words; other questions ("When will it be fixed?") are kept as asked.
     */
    private static final java.util.Set<String> GENERIC = java.util.Set.of("please", "pls", "plz", "someone",
            "somebody", "anyone", "anybody", "this", "that", "these", "those", "its", "fix", "fixed", "help", "look",
            "looked", "take", "care", "send", "soon", "asap", "possible", "thank", "thanks", "you", "can", "could",
            "would", "will", "the", "and", "for", "with", "about", "here", "there", "again", "issue", "problem",
            "matter", "attention", "check", "come", "out", "now", "today", "address", "something", "right", "away",
            "immediately", "very", "much", "really", "get", "done", "someoone", "someoen", "por", "favor", "alguien",
            "manden", "ayuda", "ayuden", "esto", "eso", "gracias", "pronto", "que", "los", "las", "una", "uno");
    /** Content words a question or an ask must hold. */
    static final int CONTENT_WORDS = 2;
    private static final Pattern WORD = Pattern.compile("\\p{L}{3,}");

    /** A question or an ask found in a request, with its kind. */
    record Found(String text, QuestionKind kind) {
    }

    private QuestionExtractor() {
    }

    /** The first question-like sentence of a text, trimmed, or empty. */
    static Optional<String> questionIn(String text) {
        return find(text, false).map(Found::text);
    }

    /** The first question of a text, else its first ask for action, with its kind; or empty. */
    static Optional<Found> questionOrAskIn(String text) {
        return find(text, true);
    }

    private static Optional<Found> find(String text, boolean asks) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        int n = text.length();
        int start = 0;
        String ask = null;
        for (int i = 0; i <= n; i++) {
            if (i < n && !endsSentence(text, i)) {
                continue;
            }
            String sentence = text.substring(start, i).strip();
            String question = question(sentence);
            QuestionKind kind = question == null ? null : QuestionKind.of(question, false);
            if (question != null && (kind != QuestionKind.ACTION || substantive(question) != null)) {
                return Optional.of(new Found(question, kind));
            }
            if (asks && ask == null) {
                ask = substantive(ask(sentence));
            }
            start = i + 1;
        }
        return ask == null ? Optional.empty() : Optional.of(new Found(ask, QuestionKind.ACTION));
    }

    /** The sentence when it holds {@link #CONTENT_WORDS} words beyond the generic ones, else null. */
    private static String substantive(String sentence) {
        if (sentence == null) {
            return null;
        }
        Matcher words = WORD.matcher(sentence);
        int content = 0;
        while (words.find() && content < CONTENT_WORDS) {
            if (!GENERIC.contains(words.group().toLowerCase(java.util.Locale.ROOT))) {
                content++;
            }
        }
        return content >= CONTENT_WORDS ? sentence : null;
    }

    /** The sentence without its greeting when it asks the city to act (in 4 words or more), else null. */
    private static String ask(String sentence) {
        String s = withoutGreeting(sentence);
        if (s.length() < 8 || s.split("\\s+").length < 4) {
            return null;
        }
        return startsWithOneOf(s, ASK_LETTERS) && ASK_START.matcher(s).lookingAt() ? s : null;
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
