package org.civicthemes.sample;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes the Description of one request: a main sentence from the topic's templates, sometimes extra sentences,
 * an opener or closer, a phone number or e-mail address, then the resident's typing habits.
 */
final class DescriptionWriter {

    static final double ONE_WORD = 0.02;
    static final double PHONE = 0.02;
    static final double EMAIL = 0.01;
    static final double PREFIX = 0.15;
    static final double SUFFIX = 0.25;
    static final double ONE_DETAIL = 0.35;
    static final double TWO_DETAILS = 0.15;
    static final double DUPLICATE_REUSES_TEMPLATE = 0.6;
    static final int MAX_WORDS = 60;

    private DescriptionWriter() {
    }

    /**
     * @param reuse the template of an earlier report of the same problem, or empty
     */
    static Description write(Topic topic, Language language, Slots slots, Random rng, String reuse) {
        PhraseSet phrases = Phrasebook.of(topic);
        boolean phone = rng.nextDouble() < PHONE;
        boolean email = rng.nextDouble() < EMAIL;
        if (language == Language.ENGLISH && reuse.isEmpty() && !phone && !email && rng.nextDouble() < ONE_WORD) {
            String word = Weighted.one(phrases.oneWord(), rng);
            return new Description(TextStyler.style(word, language, rng), "", false, false, false);
        }
        List<String> questions = language == Language.SPANISH ? phrases.questionsEs()
                : language == Language.ENGLISH ? phrases.questions() : List.of();
        boolean question = reuse.isEmpty() && !questions.isEmpty() && rng.nextDouble() < topic.questionShare();
        String template;
        if (!reuse.isEmpty() && rng.nextDouble() < DUPLICATE_REUSES_TEMPLATE) {
            template = reuse;
        } else if (question) {
            template = Weighted.one(questions, rng);
        } else {
            template = Weighted.one(mainTemplates(phrases, language), rng);
        }

        List<String> parts = new ArrayList<>();
        if (rng.nextDouble() < PREFIX) {
            parts.add(Weighted.one(prefixes(language), rng));
        }
        parts.add(slots.fill(template));
        int mainIndex = parts.size() - 1;
        if (language == Language.ENGLISH && !question && !phrases.details().isEmpty()) {
            double r = rng.nextDouble();
            int details = r < TWO_DETAILS ? 2 : r < TWO_DETAILS + ONE_DETAIL ? 1 : 0;
            String first = "";
            for (int i = 0; i < details; i++) {
                String d = Weighted.one(phrases.details(), rng);
                if (!d.equals(first)) {
                    parts.add(slots.fill(d));
                    first = d;
                }
            }
        }
        if (rng.nextDouble() < SUFFIX) {
            parts.add(slots.fill(Weighted.one(suffixes(language), rng)));
        }
        trimToMaxWords(parts, mainIndex);
        String body = TextStyler.style(join(parts, rng), language, rng);
        if (phone) {
            body = body + " " + Pii.phoneSentence(rng, language);
        }
        if (email) {
            body = body + " " + Pii.emailSentence(rng, language);
        }
        return new Description(body, template, question, phone, email);
    }

    /**
     * Joins sentences the way people do: a period where one is missing (now and then a run-on), and a lower-case
     * start after an opener that runs into the sentence ("FYI the light is out").
     */
    static String join(List<String> parts, Random rng) {
        StringBuilder sb = new StringBuilder();
        for (String part : parts) {
            String p = part;
            if (sb.length() > 0) {
                char last = sb.charAt(sb.length() - 1);
                boolean runsOn = Character.isLetterOrDigit(last);
                if (runsOn && isOpener(sb)) {
                    p = startsWithCapitalWord(p) ? Character.toLowerCase(p.charAt(0)) + p.substring(1) : p;
                } else if (runsOn && rng.nextDouble() < 0.8) {
                    sb.append('.');
                }
                sb.append(' ');
            }
            sb.append(p);
        }
        return sb.toString();
    }

    private static boolean isOpener(StringBuilder sb) {
        String s = sb.toString();
        return Phrasebook.PREFIXES_EN.contains(s);
    }

    private static boolean startsWithCapitalWord(String p) {
        return p.length() > 1 && Character.isUpperCase(p.charAt(0)) && Character.isLowerCase(p.charAt(1));
    }

    private static List<String> mainTemplates(PhraseSet phrases, Language language) {
        switch (language) {
            case SPANISH: return phrases.spanish();
            case VIETNAMESE: return phrases.vietnamese();
            default: return phrases.english();
        }
    }

    private static List<String> prefixes(Language language) {
        switch (language) {
            case SPANISH: return Phrasebook.PREFIXES_ES;
            case VIETNAMESE: return Phrasebook.PREFIXES_VI;
            default: return Phrasebook.PREFIXES_EN;
        }
    }

    private static List<String> suffixes(Language language) {
        switch (language) {
            case SPANISH: return Phrasebook.SUFFIXES_ES;
            case VIETNAMESE: return Phrasebook.SUFFIXES_VI;
            default: return Phrasebook.SUFFIXES_EN;
        }
    }

    private static void trimToMaxWords(List<String> parts, int mainIndex) {
        while (parts.size() > 1 && words(parts) > MAX_WORDS - 8) {
            int last = parts.size() - 1;
            parts.remove(last == mainIndex ? 0 : last);
        }
    }

    static int words(List<String> parts) {
        int n = 0;
        for (String p : parts) {
            n += p.isBlank() ? 0 : p.trim().split("\\s+").length;
        }
        return n;
    }
}
