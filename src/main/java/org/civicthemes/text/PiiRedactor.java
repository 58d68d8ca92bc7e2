package org.civicthemes.text;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The standard {@link Redactor}: one walk over the text that tries the expression of an enabled kind only
 * where that kind can start.
 * Only the personal part of a match is replaced ("plate 7ABC123" keeps "plate", "1234 Main St" keeps
 * "Main St"); every other character is left as it was. Texts without a digit, an '@' or a plate keyword
 * are returned as they are, without a walk.
 */
final class PiiRedactor implements Redactor {

    private static final String EMAIL =
            "(?<email>[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,})(?![\\w@])";

    /** 3-3-4 digits with one space, dot or dash between groups, an optional (area code) and +1 / 1 prefix. */
    private static final String PHONE =
            "(?<![\\w+.-])(?<phone>(?:\\+?1[ .-]?)?(?:\\(\\d{3}\\) ?|\\d{3}[ .-])\\d{3}[ .-]\\d{4})(?![\\w-]|\\.\\d)";

    /** "tag" names a plate only with a marker after it ("tag # DLZ 3810"): "tags expired", "graffiti tag" stay. */
    private static final String PLATE_KEYWORD = "(?i:\\b(?:licen[cs]e[ \\t]*plates?|licen[cs]e|plates?|placas?|lic"
            + "|tag(?=[ \\t]*(?:#|no\\.|num(?:ber)?\\b)))\\b)\\.?[ \\t]*";
    private static final String PLATE_MARKER = "(?:#|(?i:no\\.|num(?:ber)?\\b)|:)[ \\t]*";
    /** Two or three letters, a space and three or four digits ("XBB 6469"), the letters not a short word ("on 1234"). */
    private static final String SPACED_PLATE = "(?!(?i:on|at|in|is|by|to|of|the|and|for|was|has|had|are|not|near)\\b)"
            + "[A-Za-z]{2,3}[ \\t]\\d{3,4}";
    /**
     * A plate token holds a digit ("plate 7ABC123", "plate is CA 7ABC123", "plate XBB 6469"), or is all capitals after
     * an explicit marker ("plate # LUVCAR"), so that "plate is broken" or an all-caps "PLATE IS MISSING" stay.
     */
    private static final String PLATE = PLATE_KEYWORD
            + "(?:(?:" + PLATE_MARKER + ")?(?:(?i:is)\\b[ \\t]*)?(?:[A-Z]{2}[ \\t]+(?=[A-Za-z-]*\\d))?"
            + "(?<plate>" + SPACED_PLATE + "|(?=[A-Za-z-]*\\d)[A-Za-z0-9-]{2,8})"
            + "|" + PLATE_MARKER + "(?<plateLetters>[A-Z]{2,8}))(?![\\w-])";

    // long numbers (6+ digits, not part of a word or a decimal) are found by the walk itself, without an expression

    /** Street suffixes that are rarely ordinary words, accepted after one lower-case name ("1234 main st"). */
    private static final String PLAIN_SUFFIX = "(?:st|str|street|ave|avenue|rd|blvd|boulevard|ln|ct|pl|ter|hwy|pkwy|cir)";
    private static final String ANY_SUFFIX = "(?i:st|str|street|ave?|avenue|rd|road|blvd|boulevard|dr|drive|ln|lane|way|ct|court|"
            + "pl|place|ter|terrace|hwy|highway|pkwy|parkway|cir|circle|sq|square|aly|alley)";
    /**
     * A house number followed by a street: one word of any case and a suffix that is rarely an ordinary
     * word, one to three capitalised words ("Rhode Island", "7TH") and any suffix, or a numbered street alone
     * ("8307 N 22nd"). "3 cars on Main St" is left alone because "cars on" is not a street name.
     */
    private static final String STREET_NUMBER = "(?<![\\w.:/-])(?<street>\\d{1,5}(?:-?[A-Za-z](?!\\w))?)"
            + "(?=[ \\t]+(?:[NSEWnsew]\\.?[ \\t]+)?"
            + "(?:[A-Za-z0-9][\\w'.-]*[ \\t]+(?i:" + PLAIN_SUFFIX + ")\\b"
            + "|(?:[A-Z0-9][\\w'.-]*[ \\t]+){1,3}" + ANY_SUFFIX + "\\b"
            + "|\\d{1,3}(?i:st|nd|rd|th)\\b))";

    /** Words that count things rather than name a street: "at 1200 hours" and "by 300 feet" keep their number. */
    private static final String QUANTITY = "(?:am|pm|hours?|hrs?|minutes?|mins?|seconds?|days?|weeks?|months?|years?|times?"
            + "|feet|foot|ft|inches|yards?|yds?|meters?|metres?|miles?|km|percent|degrees?|dollars?|cents?|pounds?|lbs?"
            + "|gallons?|people|persons?|residents?|cars?|vehicles?|trucks?|units?|homes?|houses?|calls?|bags?|tons?"
            + "|blocks?|freeway|highway|expressway|fwy|interstate|route|bus|line|per|cases|complaints|tickets|signatures"
            + "|overpass|underpass|bridge|ramp|onramp|offramp|exit|tunnel|interchange|corridor|frontage"
            + "|requests|reports|children|kids|adults|students|dogs|cats|rats|tents|items|bikes|scooters)";

    /** Words that go on a sentence, not a street name: "added by 311 which means" keeps its 311. */
    private static final String FUNCTION_WORD = "(?:which|that|who|whom|whose|what|when|where|and|but|nor|the|for|from|with"
            + "|into|onto|over|under|this|these|those|there|then|than|also|again|since|ago|has|have|had|was|were|are|will"
            + "|would|can|could|should|may|might|must|did|does|not|all|any|each|more|less|about|out|off|because|while"
            + "|please|thank|thanks)";

    /**
     * Month and day names, whole or shortened, that follow a number in a date or a time ("by 3 March", "at 9 Mon"):
     * whole words, so that "Marchant", "Monroe" or "Sunset" are names, not dates.
     */
    private static final String MONTH_OR_DAY = "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?"
            + "|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|Mon(?:day)?|Tue(?:s(?:day)?)?"
            + "|Wed(?:nesday)?|Thu(?:rs(?:day)?)?|Fri(?:day)?|Sat(?:urday)?|Sun(?:day)?|AM|PM)\\b";

    /**
     * A house number after a place preposition, followed by a capitalised name ("next to 438 Spruce", "frente a 12
     * Olivo", "in front of 56 Marchant"), by a name in any case and a street word ("in front of 566 cedar drive"),
     * or, for three to five digits, by a lower-case word that does not count something ("in front of 189 mill", "at
     * 7231 magnolia"); "at 5 PM", "by 3 March", "behind 2 houses", "at 1200 hours" and "40 Steps" (no preposition)
     * stay.
     */
    private static final String CUED_STREET_NUMBER = "(?<=\\b(?i:at|near|by|behind|beside|outside|opposite|next[ \\t]{1,3}to"
            + "|in[ \\t]{1,3}front[ \\t]{1,3}of|across[ \\t]{1,3}from|frente[ \\t]{1,3}al?|cerca[ \\t]{1,3}de|junto[ \\t]{1,3}al?)"
            + "[ \\t]{1,3}#?)(?<cued>\\d{1,5})(?=[ \\t]+(?:(?!" + MONTH_OR_DAY + ")\\p{Lu}\\p{Ll}+\\b"
            + "|[A-Za-z][\\w'.-]*[ \\t]+" + ANY_SUFFIX + "\\b)"
            + "|(?<=\\d{3})[ \\t]+(?!(?:" + QUANTITY + "|" + FUNCTION_WORD + ")\\b)[a-z][a-z'-]{2,}\\b)";

    /**
     * A house number of three to five digits with no preposition before it and a street name after it, the way an
     * address is written in a sentence: a capitalised name ("Style Newport 306 Thames.", "584 Valencia Reported
     * with") or a lower-case word ("Encampment 284 central at oak", "doorway of 5986 spruce"); not a year ("in 2017
     * Newport"), the service numbers 311 and 911 ("the 311 app"), a date or time ("on 1200 Monday"), a count ("over
     * 300 Residents", "under the 101 freeway", "the 500 block of") or a sentence word.
     */
    private static final String NAMED_STREET_NUMBER = "(?<![\\w.:/#$-])(?!(?:19|20)\\d\\d\\b|[39]11\\b)(?<named>\\d{3,5})"
            + "(?=[ \\t]+(?!(?i:" + QUANTITY + "|" + FUNCTION_WORD + ")\\b)"
            + "(?:(?!" + MONTH_OR_DAY + ")\\p{Lu}\\p{Ll}[\\w'-]*\\b|[a-z][a-z'-]{2,}\\b(?<![^s]s)))";

    private final Pattern email;
    private final Pattern phone;
    private final Pattern plate;
    private final boolean longNumbers;
    private final Pattern street;
    private final Pattern cuedStreet;
    private final Pattern namedStreet;
    private final Pattern spelledEmail;
    private final Pattern localPhone;
    private final Pattern dashed;
    private final Pattern ssn;
    private final Pattern card;
    private final Map<PiiCues.Cue, Pattern> cues = new EnumMap<>(PiiCues.Cue.class);
    private final Pattern hashUnit;
    private final boolean cueWords;

    PiiRedactor(RedactionOptions options) {
        email = options.redacts(PiiKind.EMAIL) ? Pattern.compile(EMAIL) : null;
        phone = options.redacts(PiiKind.PHONE) ? Pattern.compile(PHONE) : null;
        plate = options.redacts(PiiKind.PLATE) ? Pattern.compile(PLATE) : null;
        longNumbers = options.redacts(PiiKind.LONG_NUMBER);
        street = options.redacts(PiiKind.STREET_NUMBER) ? Pattern.compile(STREET_NUMBER) : null;
        cuedStreet = options.redacts(PiiKind.STREET_NUMBER) ? Pattern.compile(CUED_STREET_NUMBER) : null;
        namedStreet = options.redacts(PiiKind.STREET_NUMBER) ? Pattern.compile(NAMED_STREET_NUMBER) : null;
        spelledEmail = options.redacts(PiiKind.EMAIL) ? Pattern.compile(PiiCues.SPELLED_EMAIL) : null;
        localPhone = options.redacts(PiiKind.PHONE) ? Pattern.compile(PiiCues.LOCAL_PHONE) : null;
        dashed = options.redacts(PiiKind.LONG_NUMBER) ? Pattern.compile(PiiCues.DASHED) : null;
        ssn = options.redacts(PiiKind.SSN) ? Pattern.compile(PiiCues.SSN) : null;
        card = options.redacts(PiiKind.CARD) ? Pattern.compile(PiiCues.CARD) : null;
        if (options.redacts(PiiKind.NAME)) {
            cues.put(PiiCues.Cue.NAME_INTRO, Pattern.compile(PiiCues.NAME_INTRO));
            cues.put(PiiCues.Cue.THIS_IS, Pattern.compile(PiiCues.THIS_IS));
            cues.put(PiiCues.Cue.CLOSING, Pattern.compile(PiiCues.CLOSING));
            cues.put(PiiCues.Cue.HONORIFIC, Pattern.compile(PiiCues.HONORIFIC));
        }
        if (options.redacts(PiiKind.BIRTH_DATE)) {
            cues.put(PiiCues.Cue.BIRTH, Pattern.compile(PiiCues.BIRTH));
        }
        if (options.redacts(PiiKind.UNIT)) {
            cues.put(PiiCues.Cue.UNIT, Pattern.compile(PiiCues.UNIT));
        }
        hashUnit = options.redacts(PiiKind.UNIT) ? Pattern.compile(PiiCues.HASH_UNIT) : null;
        if (options.redacts(PiiKind.PLATE)) {
            cues.put(PiiCues.Cue.CAR, Pattern.compile(PiiCues.CAR));
        }
        cueWords = !cues.isEmpty() || spelledEmail != null;
    }

    /** The kind and the group of each cue's expression. */
    private static PiiKind kindOf(PiiCues.Cue cue) {
        return switch (cue) {
            case NAME_INTRO, THIS_IS, CLOSING, HONORIFIC -> PiiKind.NAME;
            case BIRTH -> PiiKind.BIRTH_DATE;
            case UNIT -> PiiKind.UNIT;
            case CAR -> PiiKind.PLATE;
        };
    }

    private static String groupOf(PiiCues.Cue cue) {
        return switch (cue) {
            case NAME_INTRO, THIS_IS, CLOSING, HONORIFIC -> "name";
            case BIRTH -> "dob";
            case UNIT -> "unit";
            case CAR -> "carPlate";
        };
    }

    /**
     * Walks the text once. Only where a kind can start (the start of an e-mail's local part, a digit run,
     * '(' or '+', a plate keyword) is its expression tried, anchored there; the first kind that matches
     * wins, in the order e-mail, phone, plate, long number, street number.
     */
    @Override
    public Redacted redact(String text) {
        if (!mayContainPii(text)) {
            return new Redacted(text, RedactionCounts.NONE);
        }
        Scan scan = new Scan(text);
        int n = text.length();
        boolean hasAt = email != null && text.indexOf('@') >= 0;
        boolean maySpell = spelledEmail != null && PiiCues.maySpellEmail(text);
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            char before = i == 0 ? ' ' : text.charAt(i - 1);
            int next = -1;
            if (hasAt && isLocalPart(c) && !isLocalPart(before) && atEmail(text, i)) {
                next = scan.tryPattern(email, "email", i, PiiKind.EMAIL);
            }
            if (next < 0 && maySpell && isLocalPart(c) && !isLocalPart(before) && atSpelledEmail(text, i)) {
                next = scan.tryPattern(spelledEmail, "spelled", i, PiiKind.EMAIL, PiiRedactor::endsInTopDomain);
            }
            if (next < 0 && !cues.isEmpty() && isLetter(c) && !isLetter(before) && !isDigit(before)) {
                next = tryCue(scan, text, i);
            }
            if (next < 0 && c == '#' && hashUnit != null && PiiCues.STREET_WORDS.contains(wordBefore(text, i, " ,."))) {
                next = scan.tryPattern(hashUnit, "unit", i, PiiKind.UNIT);
            }
            // the digit-group kinds are tried only where the first group has their length and a separator follows
            int group = isDigit(c) && !isDigit(before) ? groupLength(text, i) : 0;
            if (next < 0 && group > 0 && !isWord(before)) {
                if (card != null && group == 4) {
                    next = scan.tryPattern(card, "card", i, PiiKind.CARD, m -> Luhn.isCardNumber(m.group("card")));
                }
                if (next < 0 && ssn != null && group == 3) {
                    next = scan.tryPattern(ssn, "ssn", i, PiiKind.SSN);
                }
            }
            if (next < 0 && phone != null && (isDigit(c) || c == '(' || c == '+') && !isDigit(before)) {
                next = scan.tryPattern(phone, "phone", i, PiiKind.PHONE);
                if (next < 0 && localPhone != null && group == 3) {
                    next = scan.tryPattern(localPhone, "local", i, PiiKind.PHONE);
                }
            }
            if (next < 0 && plate != null && !Character.isLetter(before) && atPlateKeyword(text, i)) {
                next = scan.tryPattern(plate, "plate", i, PiiKind.PLATE);
                if (next < 0) {
                    next = scan.tryPattern(plate, "plateLetters", i, PiiKind.PLATE);
                }
            }
            if (next < 0 && isDigit(c) && !isDigit(before)) {
                int end = i;
                while (end < n && isDigit(text.charAt(end))) {
                    end++;
                }
                if (dashed != null && end < n - 2 && text.charAt(end) == '-' && isDigit(text.charAt(end + 1))) {
                    next = scan.tryPattern(dashed, "dashed", i, PiiKind.LONG_NUMBER, m -> isTicketNumber(text, m));
                }
                if (next >= 0) {
                    // a dashed ticket number
                } else if (card != null && end - i >= 13 && end - i <= 19 && !isWord(before) && before != '.'
                        && (end == n || !isWord(text.charAt(end))) && Luhn.isCardNumber(text.substring(i, end))) {
                    next = scan.replace(i, end, end, PiiKind.CARD);
                } else if (longNumbers && end - i >= 6 && !isWord(before) && before != '.' && (end == n || !isWord(text.charAt(end)))) {
                    next = scan.replace(i, end, end, PiiKind.LONG_NUMBER);
                } else if (street != null && end - i <= 5 && !afterRoadWord(text, i)) {
                    next = scan.tryPattern(street, "street", i, PiiKind.STREET_NUMBER);
                    if (next < 0 && afterPlaceWord(text, i)) {
                        next = scan.tryPattern(cuedStreet, "cued", i, PiiKind.STREET_NUMBER);
                    }
                    if (next < 0 && end - i >= 3 && end < n - 2 && isSpace(text.charAt(end))) {
                        next = scan.tryPattern(namedStreet, "named", i, PiiKind.STREET_NUMBER);
                    }
                }
                if (next < 0) {
                    next = end; // the rest of a digit run cannot start anything
                }
            }
            i = next < 0 ? i + 1 : Math.max(next, i + 1);
        }
        return scan.result();
    }

    /** The replacements of one text, built as the walk finds them. */
    private static final class Scan {
        private final String text;
        private StringBuilder out;
        private long[] counts;
        private int copied;

        Scan(String text) {
            this.text = text;
        }

        /** Tries a pattern anchored at {@code from}; on a match replaces its group and returns where the walk goes on, else -1. */
        int tryPattern(Pattern pattern, String group, int from, PiiKind kind) {
            return tryPattern(pattern, group, from, kind, m -> true);
        }

        /** As {@link #tryPattern(Pattern, String, int, PiiKind)}, for a match that {@code accept} also takes. */
        int tryPattern(Pattern pattern, String group, int from, PiiKind kind, Predicate<Matcher> accept) {
            Matcher m = pattern.matcher(text);
            m.useTransparentBounds(true).useAnchoringBounds(false).region(from, text.length());
            if (!m.lookingAt() || m.start(group) < 0 || !accept.test(m)) {
                return -1;
            }
            return replace(m.start(group), m.end(group), Math.max(m.end(), m.end(group)), kind);
        }

        int replace(int start, int end, int resume, PiiKind kind) {
            if (out == null) {
                out = new StringBuilder(text.length() + 16);
                counts = new long[PiiKind.values().length];
            }
            out.append(text, copied, start).append(kind.placeholder());
            copied = end;
            counts[kind.ordinal()]++;
            return resume;
        }

        Redacted result() {
            if (out == null) {
                return new Redacted(text, RedactionCounts.NONE);
            }
            out.append(text, copied, text.length());
            return new Redacted(out.toString(), RedactionCounts.of(counts));
        }
    }

    /** The length of the digit run at {@code i} when a space, '-' or '.' and another digit follow it, else 0. */
    private static int groupLength(String text, int i) {
        int end = i;
        while (end < text.length() && isDigit(text.charAt(end))) {
            end++;
        }
        if (end + 1 >= text.length() || !isDigit(text.charAt(end + 1))) {
            return 0;
        }
        char sep = text.charAt(end);
        return sep == ' ' || sep == '-' || sep == '.' ? end - i : 0;
    }

    /** Tries the expression that the word at {@code i} is a cue of, if any: -1 when there is none or it does not match. */
    private int tryCue(Scan scan, String text, int i) {
        int end = i;
        while (end < text.length() && end - i <= 13 && isLetter(text.charAt(end))) {
            end++;
        }
        PiiCues.Cue cue = end - i > 13 ? null : PiiCues.cueOf(text, i, end - i);
        Pattern pattern = cue == null ? null : cues.get(cue);
        if (pattern == null) {
            return -1;
        }
        if (cue == PiiCues.Cue.HONORIFIC && (end - i == 2) && text.regionMatches(true, i, "dr", 0, 2)
                && afterStreetName(text, i)) {
            return -1; // "Smith Dr. Patel": Drive, not a doctor
        }
        return scan.tryPattern(pattern, groupOf(cue), i, kindOf(cue));
    }

    /** Whether the word before {@code i} is capitalised or a number ("Thames Dr", "12 Dr"). */
    private static boolean afterStreetName(String text, int i) {
        int j = i - 1;
        while (j >= 0 && isSpace(text.charAt(j))) {
            j--;
        }
        if (j < 0 || j == i - 1) {
            return false;
        }
        int end = j + 1;
        while (j >= 0 && (Character.isLetterOrDigit(text.charAt(j)))) {
            j--;
        }
        return end - j > 1 && (Character.isUpperCase(text.charAt(j + 1)) || isDigit(text.charAt(j + 1)));
    }

    /** Whether a written-out e-mail address ends in a top-level domain ("... dot com"), not any word. */
    private static boolean endsInTopDomain(Matcher m) {
        String address = m.group("spelled");
        int j = address.length();
        while (j > 0 && isLocalPart(address.charAt(j - 1)) && address.charAt(j - 1) != '.') {
            j--;
        }
        return PiiCues.TOP_DOMAINS.contains(address.substring(j).toLowerCase(Locale.ROOT));
    }

    /**
     * Whether dashed digit groups are a ticket or case number: at least five digits after a ticket word ("case
     * #4512-889") or a letter prefix ("SR-2024-0012"), else at least seven digits in three groups or with a group of
     * five; never a date ("2024-03-05", "03-05-2024") or a range of years ("2019-2020").
     */
    private static boolean isTicketNumber(String text, Matcher m) {
        String[] groups = m.group("dashed").split("-");
        int digits = 0;
        int longest = 0;
        for (String g : groups) {
            digits += g.length();
            longest = Math.max(longest, g.length());
        }
        if (groups.length == 3 && isDate(groups) || hasShapeOfOtherKind(groups)) {
            return false;
        }
        int start = m.start("dashed");
        boolean cued = (start > 1 && text.charAt(start - 1) == '-' && isLetter(text.charAt(start - 2)))
                || PiiCues.TICKET_WORDS.contains(wordBefore(text, start, " \t#:."));
        return cued ? digits >= 5 : digits >= 7 && (groups.length >= 3 || longest >= 5);
    }

    /**
     * Phone numbers (555-0134, 555-201-3344, 1-555-201-3344), social security numbers (123-45-6789) and card numbers
     * in groups of four are their own kinds: when one of them is kept in the text, the ticket rule leaves it too.
     */
    private static boolean hasShapeOfOtherKind(String[] g) {
        StringBuilder shape = new StringBuilder();
        for (String group : g) {
            shape.append(group.length());
        }
        String s = shape.toString();
        return s.equals("34") || s.equals("334") || s.equals("1334") || s.equals("324") || s.startsWith("444");
    }

    private static boolean isDate(String[] g) {
        int a = Integer.parseInt(g[0]);
        int b = Integer.parseInt(g[1]);
        if (g[0].length() == 4) {
            return b >= 1 && b <= 12 && g[2].length() <= 2;
        }
        return g[0].length() <= 2 && g[1].length() <= 2 && (g[2].length() == 2 || g[2].length() == 4)
                && a >= 1 && a <= 31 && b >= 1 && b <= 31;
    }

    /** The word before {@code i} in lower case, past the characters of {@code skip}; "" when there is none. */
    private static String wordBefore(String text, int i, String skip) {
        int j = i - 1;
        int skipped = 0;
        while (j >= 0 && skipped < 4 && (skip.indexOf(text.charAt(j)) >= 0 || text.charAt(j) == '\t')) {
            j--;
            skipped++;
        }
        int end = j + 1;
        while (j >= 0 && end - j <= 13 && isLetter(text.charAt(j))) {
            j--;
        }
        return end - j - 1 > 12 || (j >= 0 && isLetter(text.charAt(j))) ? "" : text.substring(j + 1, end).toLowerCase(Locale.ROOT);
    }

    /** Whether a number follows a road, route or numbered place ("Highway 101", "I-95", "Station 12"). */
    private static boolean afterRoadWord(String text, int digit) {
        return PiiCues.ROAD_WORDS.contains(wordBefore(text, digit, " -#"));
    }

    /** A quick look ahead: the run of local-part characters from {@code i} is followed by an "at" written out or '@'. */
    private static boolean atSpelledEmail(String text, int i) {
        int n = text.length();
        int j = i;
        while (j < n && isLocalPart(text.charAt(j))) {
            j++;
        }
        int spaces = 0;
        while (j < n && isSpace(text.charAt(j))) {
            j++;
            spaces++;
        }
        if (j >= n) {
            return false;
        }
        char c = text.charAt(j);
        if (c == '@') {
            return spaces > 0 || (j + 1 < n && isSpace(text.charAt(j + 1)));
        }
        if (c == '[' || c == '(' || c == '{' || c == '<') {
            int k = j + 1;
            while (k < n && isSpace(text.charAt(k))) {
                k++;
            }
            return text.regionMatches(true, k, "at", 0, 2);
        }
        return spaces > 0 && text.regionMatches(true, j, "at", 0, 2) && j + 2 < n && isSpace(text.charAt(j + 2));
    }

    private static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c > 127 && Character.isLetter(c));
    }

    /** The last words of the place prepositions of {@link #CUED_STREET_NUMBER}, lower case. */
    private static final Set<String> PLACE_WORD_ENDS = Set.of("at", "near", "by", "behind", "beside", "outside",
            "opposite", "to", "of", "from", "a", "al", "de");

    /**
     * A quick look back before trying {@link #CUED_STREET_NUMBER} at a number: the word before it (past an optional
     * '#' and a few spaces) can end a place preposition. Most numbers ("3 cars", "2 weeks") stop here.
     */
    private static boolean afterPlaceWord(String text, int digit) {
        int j = digit - 1;
        if (j >= 0 && text.charAt(j) == '#') {
            j--;
        }
        int spaces = 0;
        while (j >= 0 && (text.charAt(j) == ' ' || text.charAt(j) == '\t')) {
            j--;
            spaces++;
        }
        if (spaces == 0 || spaces > 3) {
            return false;
        }
        int end = j + 1;
        while (j >= 0 && Character.isLetter(text.charAt(j))) {
            j--;
        }
        int length = end - j - 1;
        return length >= 1 && length <= 8 && PLACE_WORD_ENDS.contains(text.substring(j + 1, end).toLowerCase(Locale.ROOT));
    }

    /** A quick look ahead: the run of local-part characters from {@code i} is followed by '@'. */
    private static boolean atEmail(String text, int i) {
        int j = i;
        while (j < text.length() && isLocalPart(text.charAt(j))) {
            j++;
        }
        return j < text.length() && text.charAt(j) == '@';
    }

    private static boolean isLocalPart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || isDigit(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isWord(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || isDigit(c) || c == '_';
    }

    private boolean mayContainPii(String text) {
        if (cueWords) {
            return true; // names, birth dates, units and written-out addresses are found by their words
        }
        if (email == null && phone == null && plate == null && !longNumbers && street == null) {
            return false;
        }
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if ((c >= '0' && c <= '9') || c == '@') {
                return true;
            }
        }
        if (plate != null) {
            for (int i = 0, n = text.length(); i < n; i++) {
                if ((i == 0 || !Character.isLetter(text.charAt(i - 1))) && atPlateKeyword(text, i)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a word of {@link #PLATE_KEYWORD} can start at {@code i} (a cheap test before the expression). */
    private static boolean atPlateKeyword(String text, int i) {
        return switch (text.charAt(i)) {
            case 'p', 'P' -> text.regionMatches(true, i, "plate", 0, 5) || text.regionMatches(true, i, "placa", 0, 5);
            case 'l', 'L' -> text.regionMatches(true, i, "lic", 0, 3);
            case 't', 'T' -> text.regionMatches(true, i, "tag", 0, 3);
            default -> false;
        };
    }
}
