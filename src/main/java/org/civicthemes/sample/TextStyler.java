package org.civicthemes.sample;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes a clean sentence look typed by a resident in a hurry: abbreviations, dropped accents, typos,
 * capitalisation and punctuation habits. Each habit has its probability here.
 */
final class TextStyler {

    static final double ABBREVIATE = 0.35;
    static final double TYPOS = 0.25;
    static final double TYPO_PER_WORD = 0.06;
    static final double LOWER_CASE = 0.22;
    static final double UPPER_CASE = 0.035;
    static final double NO_FINAL_PERIOD = 0.3;
    static final double EXCLAMATIONS = 0.05;
    static final double SPANISH_NO_ACCENTS = 0.5;
    static final double VIETNAMESE_NO_TONES = 0.2;

    /** Word (or phrase) and what hurried people type instead; each applied with probability 0.6. */
    private static final String[][] ABBREVIATIONS = {
        {"Street", "st"}, {"street", "st"}, {"Avenue", "ave"}, {"Boulevard", "blvd"}, {"please", "pls"},
        {"Please", "Pls"}, {"because", "b/c"}, {"as soon as possible", "asap"}, {"Thank you", "Thx"},
        {"thank you", "ty"}, {"and", "&"}, {"you", "u"}, {"about", "abt"}, {"people", "ppl"},
        {"with", "w/"}, {"without", "w/o"}, {"between", "btwn"}, {"intersection", "intx"},
        {"information", "info"}, {"number", "#"}, {"tonight", "tonite"}, {"really", "rly"},
        {"neighbor", "neighbour"}, {"Drive", "Dr"}, {"Road", "Rd"}, {"vehicle", "veh"},
    };
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern[] ABBREVIATION_PATTERNS = new Pattern[ABBREVIATIONS.length];

    static {
        for (int i = 0; i < ABBREVIATIONS.length; i++) {
            ABBREVIATION_PATTERNS[i] = Pattern.compile("\\b" + Pattern.quote(ABBREVIATIONS[i][0]) + "\\b");
        }
    }

    private TextStyler() {
    }

    static String style(String text, Language language, Random rng) {
        String s = text;
        switch (language) {
            case SPANISH:
                if (rng.nextDouble() < SPANISH_NO_ACCENTS) {
                    s = stripMarks(s).replace("¿", "").replace("¡", "");
                }
                break;
            case VIETNAMESE:
                if (rng.nextDouble() < VIETNAMESE_NO_TONES) {
                    s = stripMarks(s);
                }
                break;
            default:
                if (rng.nextDouble() < ABBREVIATE) {
                    s = abbreviate(s, rng);
                }
                if (rng.nextDouble() < TYPOS) {
                    s = typos(s, rng);
                }
        }
        s = casing(s, rng);
        return punctuation(s, rng);
    }

    private static String abbreviate(String s, Random rng) {
        String out = s;
        for (int i = 0; i < ABBREVIATIONS.length; i++) {
            // draw first so the random sequence does not depend on the text; test contains() before the regex
            if (rng.nextDouble() < 0.6 && out.contains(ABBREVIATIONS[i][0])) {
                out = ABBREVIATION_PATTERNS[i].matcher(out).replaceAll(Matcher.quoteReplacement(ABBREVIATIONS[i][1]));
            }
        }
        return out;
    }

    /** Swapped, dropped or doubled letters in a few words of four letters or more. */
    static String typos(String s, Random rng) {
        String[] words = s.split(" ", -1);
        boolean changed = false;
        for (int w = 0; w < words.length; w++) {
            String word = words[w];
            if (word.length() < 4 || !isLetters(word) || rng.nextDouble() >= TYPO_PER_WORD) {
                continue;
            }
            int i = 1 + rng.nextInt(word.length() - 2);
            switch (rng.nextInt(3)) {
                case 0:
                    words[w] = word.substring(0, i) + word.charAt(i + 1) + word.charAt(i) + word.substring(i + 2);
                    break;
                case 1:
                    words[w] = word.substring(0, i) + word.substring(i + 1);
                    break;
                default:
                    words[w] = word.substring(0, i) + word.charAt(i) + word.substring(i);
            }
            changed = true;
        }
        return changed ? String.join(" ", words) : s;
    }

    private static boolean isLetters(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (!Character.isLetter(word.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static String casing(String s, Random rng) {
        double r = rng.nextDouble();
        if (r < LOWER_CASE) {
            return s.toLowerCase(Locale.ROOT);
        }
        if (r < LOWER_CASE + UPPER_CASE) {
            return s.toUpperCase(Locale.ROOT);
        }
        return s;
    }

    private static String punctuation(String s, Random rng) {
        double r = rng.nextDouble();
        if (r < NO_FINAL_PERIOD && s.endsWith(".")) {
            return s.substring(0, s.length() - 1);
        }
        if (r > 1 - EXCLAMATIONS) {
            return (s.endsWith(".") ? s.substring(0, s.length() - 1) : s) + "!!";
        }
        return s;
    }

    /** Removes accents and tone marks, as people do on a keyboard without them (đ becomes d). */
    static String stripMarks(String s) {
        String decomposed = Normalizer.normalize(s.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD);
        return MARKS.matcher(decomposed).replaceAll("");
    }
}
