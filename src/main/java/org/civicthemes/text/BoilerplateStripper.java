package org.civicthemes.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes text that channels and back offices add to requests: app signatures ("Reported with Solve
 * SF.", "Submitted via SeeClickFix", "Sent from my iPhone"), ticket headers ("Case #12345:"), case
 * references ("CAD #[number]") and the dispatch wrapper of San Francisco's police-code texts
 * ("DEM PAGECOMMAND: ..., Priority: C, ..., From AX04, 09/05/25, @07:13"). Each rule's expression is tried
 * only where one of its anchor words starts a word, so a text without anchors costs one lower-casing
 * and one pass over its characters (looking up the anchors by first letter, not one search per anchor). The spaces
 * around a removed part are tidied and the result trimmed; the rest of the text is kept as it was.
 */
final class BoilerplateStripper {

    /**
     * @param anchors lower-case words at which a match starts; none: the rule is tried at the start of the text only
     * @param pattern matched from an anchor with {@code lookingAt}
     */
    private record Rule(List<String> anchors, Pattern pattern) {
    }

    private static final String H = "[ \\t]";

    private static final List<Rule> RULES = List.of(
            // "Reported with Solve SF.", "Submitted via SeeClickFix", "Sent from my iPhone", "Sent via the 311 app"
            new Rule(List.of("reported", "submitted", "sent", "posted", "created"),
                    Pattern.compile("(?i)(?:reported|submitted|sent|posted|created)" + H + "+(?:with|via|from|using|through)" + H
                            + "+(?:the" + H + "+)?(?:solve" + H + "*sf|seeclickfix(?:\\.com)?|see" + H + "*click" + H + "*fix"
                            + "|(?:sf" + H + "*)?311(?:" + H + "+app)?"
                            + "|my" + H + "+(?:iphone|ipad|android|samsung|galaxy|mobile|phone|smartphone)(?:" + H
                            + "+(?:galaxy|phone|device|pro|max|plus|\\w*\\d\\w*)){0,2}"
                            + "|(?:an?" + H + "+)?(?:iphone|ipad|android)(?:" + H + "+(?:app|device|phone))?"
                            + "|mobile" + H + "+(?:app|application|device))\\b[.!]?")),
            new Rule(List.of("get outlook"), Pattern.compile("(?i)get outlook for (?:ios|android)\\b\\.?")),
            // SF dispatch wrapper: "DEM PAGECOMMAND: 252480472, 601 (This is a police code added by 311 which means trespassing), ..."
            new Rule(List.of("dem", "pagecommand"), Pattern.compile("(?:DEM" + H + "+)?PAGECOMMAND:" + H + "*(?:\\[number\\]|\\d+),")),
            new Rule(List.of("this is a police code"), Pattern.compile("(?i)This is a police code added by 311 which means" + H + "*")),
            new Rule(List.of("priority:"), Pattern.compile("Priority:" + H + "*[A-Z0-9],")),
            new Rule(List.of("ra/box:"), Pattern.compile("RA/Box:" + H + "*\\w+,(?:" + H + "*A\\d,)?")),
            new Rule(List.of("from"), Pattern.compile("From" + H + "+[A-Z]{2}\\d{2}," + H + "*\\d{1,2}/\\d{1,2}/\\d{2,4}," + H
                    + "*@\\d{1,2}:\\d{2}[ \\t-]*$")),
            // ticket headers at the very start: "Case #12345: ...", "Ticket 88-123 - ...", "SR [number]: ..."
            new Rule(List.of(), Pattern.compile("(?i)(?:service" + H + "+request|case|ticket|request|sr|incident)" + H
                    + "*(?:#|no\\.?|number|id)?" + H + "*:?" + H + "*#?" + H + "*(?:\\[number\\]|\\d[\\w-]*)" + H + "*[:\\-–—]")),
            // case references anywhere: "cad 252481100", "CAD #[number]", "case no. [number]"
            new Rule(List.of("cad", "case", "ticket", "incident"), Pattern.compile("(?i)(?:cad|case|ticket|incident)" + H
                    + "*(?:#|no\\.?|number)?" + H + "*:?" + H + "*#?" + H + "*(?:\\[number\\]|\\d{6,})")),
            // SeeClickFix export trailer: "Issue ID: 3391121 \n Viewed: 21 times \n Neighborhood: ... \n Reported via: ..."
            new Rule(List.of("issue id:"), Pattern.compile("(?s)Issue ID:" + H + "*\\S+" + H + "*\\r?\\n\\s*Viewed:.*$")));

    /** For each letter a to z, the anchors that start with it and the rule (index in {@link #RULES}) of each. */
    private static final Anchor[][] ANCHORS_BY_LETTER = anchorsByLetter();

    private record Anchor(String word, int rule) {
    }

    String strip(String text) {
        String current = text;
        int[][] starts = anchorStarts(lowerSameLength(text));
        for (int r = 0; r < RULES.size(); r++) {
            String next = apply(RULES.get(r), current, starts[r]);
            if (next != current) {
                current = next;
                starts = anchorStarts(lowerSameLength(current));
            }
        }
        if (current == text) {
            return text.strip();
        }
        String stripped = current.strip();
        while (!stripped.isEmpty() && ",;-–—".indexOf(stripped.charAt(stripped.length() - 1)) >= 0) {
            stripped = stripped.substring(0, stripped.length() - 1).strip(); // "..., From AX04, ..." leaves a comma
        }
        return stripped;
    }

    /** @param anchorStarts where the rule's anchors start a word, increasing; null when none does */
    private static String apply(Rule rule, String text, int[] anchorStarts) {
        int[] starts = rule.anchors().isEmpty() ? textStart(text) : anchorStarts;
        if (starts == null) {
            return text;
        }
        Matcher m = rule.pattern().matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        StringBuilder out = null;
        int copied = 0;
        for (int at : starts) {
            if (at < copied) {
                continue;
            }
            m.region(at, text.length());
            if (!m.lookingAt()) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length());
            }
            int start = at;
            while (start > copied && (text.charAt(start - 1) == ' ' || text.charAt(start - 1) == '\t')) {
                start--; // the spaces before a removed part go with it
            }
            out.append(text, copied, start);
            copied = m.end();
            int end = copied;
            while (end < text.length() && (text.charAt(end) == ' ' || text.charAt(end) == '\t')) {
                end++;
            }
            boolean wordFollows = end < text.length() && ".,;:!?)".indexOf(text.charAt(end)) < 0;
            char before = out.length() == 0 ? ' ' : out.charAt(out.length() - 1);
            if (wordFollows && !Character.isWhitespace(before) && before != '(' && before != '[') {
                out.append(' '); // one space between the words on either side
            }
            copied = end;
        }
        if (out == null) {
            return text;
        }
        out.append(text, copied, text.length());
        return out.toString();
    }

    /** The first non-space character, when it is a letter (where a ticket header can start); else null. */
    private static int[] textStart(String text) {
        int i = 0;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i < text.length() && Character.isLetter(text.charAt(i)) ? new int[] {i} : null;
    }

    /**
     * For each rule, where its anchors start a word of the lower-cased text, in text order (null: nowhere). One pass
     * over the text: at each letter a to z that starts a word, only the anchors beginning with that letter are
     * compared.
     */
    private static int[][] anchorStarts(String lower) {
        int[][] found = new int[RULES.size()][];
        char[] chars = lower.toCharArray();
        boolean afterLetter = false;
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            boolean wordStart = !afterLetter;
            afterLetter = c >= 'a' && c <= 'z' || c >= 0x80 && Character.isLetter(c);
            if (!wordStart || c < 'a' || c > 'z') {
                continue;
            }
            Anchor[] anchors = ANCHORS_BY_LETTER[c - 'a'];
            if (anchors == null) {
                continue;
            }
            for (Anchor anchor : anchors) {
                if (lower.startsWith(anchor.word(), i)) {
                    int[] before = found[anchor.rule()];
                    if (before == null) {
                        found[anchor.rule()] = new int[] {i};
                    } else if (before[before.length - 1] != i) {
                        int[] more = Arrays.copyOf(before, before.length + 1);
                        more[before.length] = i;
                        found[anchor.rule()] = more;
                    }
                }
            }
        }
        return found;
    }

    private static Anchor[][] anchorsByLetter() {
        List<List<Anchor>> byLetter = new ArrayList<>();
        for (int letter = 0; letter < 26; letter++) {
            byLetter.add(new ArrayList<>());
        }
        for (int r = 0; r < RULES.size(); r++) {
            for (String word : RULES.get(r).anchors()) {
                char first = word.charAt(0);
                if (first < 'a' || first > 'z') {
                    throw new IllegalStateException("An anchor must start with a letter a to z: " + word);
                }
                byLetter.get(first - 'a').add(new Anchor(word, r));
            }
        }
        Anchor[][] out = new Anchor[26][];
        for (int letter = 0; letter < 26; letter++) {
            List<Anchor> anchors = byLetter.get(letter);
            out[letter] = anchors.isEmpty() ? null : anchors.toArray(Anchor[]::new);
        }
        return out;
    }

    /** Lower case char by char, so that indexes in the result are indexes in the text. */
    private static String lowerSameLength(String text) {
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        if (lower.length() == text.length()) {
            return lower;
        }
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = Character.toLowerCase(chars[i]);
        }
        return new String(chars);
    }
}
