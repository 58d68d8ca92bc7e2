package org.civicthemes.analysis;

import java.util.Locale;
import java.util.regex.Pattern;

/** What a resident's question or ask is about, from its first words: when, why, how, who, can, or an ask for action. */
public enum QuestionKind {
    WHEN("when"), WHY("why"), HOW("how"), WHO("who"), CAN("can"), ACTION("ask for action"), OTHER("other");

    private static final Pattern WHEN_START = Pattern.compile("^(when |how long |what time |¿?cu[aá]ndo )");
    private static final Pattern WHY_START = Pattern.compile("^(why |how come |since when |¿?por qu[eé] )");
    private static final Pattern HOW_START = Pattern.compile("^(how |¿?c[oó]mo )");
    private static final Pattern WHO_START = Pattern.compile("^(who |whom |¿?qui[eé]n )");
    /** Questions that ask the city to act ("could someone look into...?", "can the city put a sign...?"). */
    private static final Pattern ACTION_START = Pattern.compile("^(please |could (someone|you|the city) |"
            + "can (someone|the city|you please) |would (someone|the city|you please) |will (someone|the city) )");
    private static final Pattern CAN_START = Pattern.compile("^(can (i|we|my|you|the|someone)|could (i|we)|"
            + "is (it|there) (possible|a way|any)|am i allowed|do i need|may i|¿?puedo |¿?se puede )");

    private final String label;

    QuestionKind(String label) {
        this.label = label;
    }

    /** How the kind is written in the exports: "when", "why", ..., "ask for action". */
    public String label() {
        return label;
    }

    /** The kind of a question or ask, as {@link QuestionExtractor} found it (ask: it does not end in "?"). */
    static QuestionKind of(String sentence, boolean ask) {
        String s = sentence.toLowerCase(Locale.ROOT).strip();
        if (WHEN_START.matcher(s).find()) {
            return WHEN;
        }
        if (WHY_START.matcher(s).find()) {
            return WHY;
        }
        if (WHO_START.matcher(s).find()) {
            return WHO;
        }
        if (ask || ACTION_START.matcher(s).find()) {
            return ACTION;
        }
        if (CAN_START.matcher(s).find()) {
            return CAN;
        }
        if (HOW_START.matcher(s).find()) {
            return HOW;
        }
        return OTHER;
    }
}
