package org.civicthemes.text;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The expressions of the personal data that {@link PiiRedactor} finds after a cue word (names, dates of birth, unit
 * numbers, plates after a car, written-out e-mail addresses) or by its digit groups (card numbers, social security
 * numbers, local phone numbers, dashed ticket numbers), and which cue word starts which expression. Every expression
 * is tried anchored at one place and its repetitions are bounded or possessive, so a text is redacted in linear time.
 */
final class PiiCues {

    private PiiCues() {
    }

    /** The expressions tried after a cue word. */
    enum Cue { NAME_INTRO, THIS_IS, CLOSING, HONORIFIC, BIRTH, UNIT, CAR }

    /** Capitalised words that end a name or are not one ("Thank you, City of Newport", "Concerned Citizen"). */
    private static final String NOT_NAME = "(?:The|This|That|These|There|It|I|We|My|Our|Your|Please|Thanks|Thank|You|All"
            + "|Everyone|Again|So|Very|Much|In|For|And|But|Or|If|To|At|On|Of|City|Town|County|Newport|San|Francisco|SF"
            + "|Public|Works|Department|Dept|DPW|Team|Staff|Police|God|Sir|Madam|Regards|Best|Sincerely|Have|Good|Great"
            + "|Nice|Day|Hi|Hello|Dear|Help|Advance|Neighbor|Neighbors|Resident|Residents|Concerned|Citizen|Homeowner"
            + "|Tenant|Owner|Management|Manager|Landlord|Street|St|Ave|Avenue|Road|Rd|Drive|Dr|Blvd|Lane|Sent"
            + "|iPhone|Android|Yes|No|Ok|OK|Okay|Note|Update|Urgent|ASAP|Monday|Tuesday|Wednesday|Thursday|Friday"
            + "|Saturday|Sunday)";
    /** A capitalised word ("Maria", "O'Neil", "McAllister", "JOHN") that is not one of {@link #NOT_NAME}. */
    private static final String CAP = "(?!" + NOT_NAME + "(?![\\p{L}'’-]))\\p{Lu}[\\p{L}'’-]{0,30}+(?![\\p{L}\\d])";
    /** One to three capitalised words. */
    private static final String NAME = CAP + "(?:[ \\t]{1,3}" + CAP + "){0,2}";
    /** After "my name is", residents also write their name in lower case: one or two words that go on no sentence. */
    private static final String LOWER = "(?!(?:and|i|im|i'm|from|at|on|in|the|a|an|my|is|was|calling|here|living|writing"
            + "|reporting|resident|owner|not|just|also|with|of|to|for|but|so|that|this|me|we|your|very)(?![\\p{L}'’-]))"
            + "\\p{Ll}[\\p{L}'’-]{1,30}+(?![\\p{L}\\d])";

    static final String NAME_INTRO = "(?i:my[ \\t]{1,3}name[ \\t]{1,3}is|my[ \\t]{1,3}name's|me[ \\t]{1,3}llamo"
            + "|mi[ \\t]{1,3}nombre[ \\t]{1,3}es|(?<![\\p{L}\\d,][ \\t]{0,3})name(?=[ \\t]{0,3}:))[ \\t]{0,3}:?[ \\t]{1,3}(?<name>" + NAME + "|" + LOWER + "(?:[ \\t]{1,3}"
            + LOWER + ")?)";
    static final String THIS_IS = "(?i:this[ \\t]{1,3}is)[ \\t]{1,3}(?<name>" + NAME + ")(?=[ \\t]{0,3},?[ \\t]{1,3}"
            + "(?i:calling|here|speaking|writing|from|again|with)\\b)";
    /**
     * A closing phrase and a capitalised name that ends the text, comes just before a phone number, or before a few
     * capitalised words that say who the writer is ("Sincerely, ... Newport Resident").
     */
    static final String CLOSING = "(?i:thank[ \\t]{1,3}you|thanks|thx|best[ \\t]{1,3}regards|kind[ \\t]{1,3}regards"
            + "|regards|sincerely|respectfully|cheers|signed)(?:[ \\t]{1,3}(?i:so[ \\t]{1,3}much|very[ \\t]{1,3}much|again"
            + "|in[ \\t]{1,3}advance))?[ \\t]{0,3}[,!.:;]{0,3}[ \\t\\r\\n]{0,6}(?:[-–—~][ \\t]{0,3})?(?<name>" + NAME + ")"
            + "(?=(?:[ \\t\\r\\n,]{1,6}\\p{Lu}[\\p{L}'’-]{0,30}+){0,3}[ \\t]{0,3}[.!]{0,3}[ \\t\\r\\n]{0,6}(?:$|[(+\\d]))";
    private static final String STREET_WORD = "(?i:st|street|ave|avenue|blvd|boulevard|rd|road|dr|drive|ln|lane|way|ct"
            + "|court|pl|place|ter|terrace|hwy|highway|pkwy|parkway|cir|circle|sq|square)\\b";
    /**
     * Mr./Mrs./Ms./Dr./Sr./Sra. and one or two capitalised words, unless a street word follows within two words
     * ("Dr. Marcus Wheatland Blvd", "Dr. Martin Luther King Jr Blvd" are streets).
     */
    static final String HONORIFIC = "(?:(?i:mr|mrs|ms|mx|dr|sr|sra|srta|officer|ofc|sgt|sergeant|detective|det|deputy)|Miss)\\.?[ \\t]{1,3}(?<name>(?>" + CAP
            + "(?:[ \\t]{1,3}" + CAP + ")?))(?![ \\t]{1,3}(?:[\\p{L}'’.-]{1,20}[ \\t]{1,3}){0,2}" + STREET_WORD + ")";

    private static final String MONTH = "(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
            + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final String DATE = "\\d{1,2}[/.-]\\d{1,2}[/.-](?:\\d{4}|\\d{2})(?!\\d)|\\d{4}-\\d{1,2}-\\d{1,2}(?!\\d)"
            + "|" + MONTH + "[ \\t]{1,3}\\d{1,2}(?i:st|nd|rd|th)?,?[ \\t]{1,3}\\d{4}(?!\\d)"
            + "|\\d{1,2}(?i:st|nd|rd|th)?[ \\t]{1,3}(?i:of[ \\t]{1,3})?" + MONTH + ",?[ \\t]{1,3}\\d{4}(?!\\d)"
            + "|(?<=(?i:in|born)[ \\t]{1,3})(?:19|20)\\d\\d(?!\\d)";
    /** A birth cue and, within 30 characters of the same sentence, a date ("my DOB is 3/4/51", "born on May 2, 1950"). */
    static final String BIRTH = "(?i:d\\.?o\\.?b\\.?|date[ \\t]{1,3}of[ \\t]{1,3}birth|birth[ \\t]{0,3}date|birthday|born"
            + "|fecha[ \\t]{1,3}de[ \\t]{1,3}nacimiento)(?![A-Za-z])[^\\d.!?\\n]{0,30}?(?<dob>" + DATE + ")";

    /** Words that count things after a number, so "unit 5 years old" or "555-1000 feet" keep their number. */
    static final String COUNT_WORD = "(?i:am|pm|hours?|hrs?|minutes?|mins?|days?|weeks?|months?|years?|times?|feet|foot|ft"
            + "|inches|yards?|miles?|people|cars?|block|blocks|dollars?|percent|degrees?|gallons?)\\b";
    /** An apartment number after a street's number sign ("12 Main St #4B"); the walk tries it after a street word. */
    static final String HASH_UNIT = "#[ \\t]{0,2}(?<unit>\\d{1,5}[A-Za-z]?|[A-Za-z]-?\\d{1,4})(?![\\w-])";
    /** Street words after which "#4B" is an apartment, lower case. */
    static final Set<String> STREET_WORDS = Set.of("st", "street", "ave", "avenue", "blvd", "boulevard", "rd", "road",
            "dr", "drive", "ln", "lane", "way", "ct", "court", "pl", "place", "ter", "terrace", "pkwy", "parkway",
            "cir", "circle", "sq", "square", "hwy", "highway");
    static final String UNIT = "(?i:apt|apartment|apto|unit|suite|ste|depto|departamento)\\.?[ \\t]{0,3}(?:#|(?i:no\\.?"
            + "|number)[ \\t]{0,3})?[ \\t]{0,3}(?<unit>\\d{1,5}[A-Za-z]?|[A-Za-z]-?\\d{1,4}|[A-Z])(?![\\w-])"
            + "(?![ \\t]{1,3}" + COUNT_WORD + ")";

    /** A token shaped like a plate: six to eight letters and digits, at least two digits and a letter, not "10am". */
    private static final String PLATE_TOKEN = "(?=[A-Za-z0-9]{6,8}(?![\\w-]))(?=(?:[A-Za-z]{0,8}\\d){2})(?=\\d{0,8}[A-Za-z])"
            + "(?!\\d{1,6}(?i:st|nd|rd|th|am|pm|s|k|mph|ft|lbs?|mm|cc)(?![A-Za-z]))[A-Za-z0-9]{6,8}";
    /**
     * A car (make, model or kind) and, at most two words later, a plate ("Civic 2CKV548", "grey Camry with 7XYZ123",
     * "Ford F-150 8XYZ123", "Model 3 9TES123").
     */
    static final String CAR = "[A-Za-z-]{1,12}+(?:[ \\t,:;(#-]{1,4}[A-Za-z0-9][\\w'-]{0,15}+){0,2}[ \\t,:;(#-]{1,4}"
            + "(?<carPlate>" + PLATE_TOKEN + "|[A-Z]{2,3}[ \\t]\\d{3,4}(?![\\w-]))";

    /** E-mail addresses written out: "jane at gmail dot com", "jane[at]gmail.com", "jane @ gmail.com". */
    static final String SPELLED_EMAIL = "(?<spelled>[A-Za-z0-9._%+-]{1,64}+(?:[ \\t]{0,2}[\\[({<][ \\t]{0,2}(?i:at)[ \\t]{0,2}"
            + "[\\])}>][ \\t]{0,2}|[ \\t]{1,2}(?i:at)[ \\t]{1,2}|[ \\t]{1,2}@[ \\t]{0,2}|@[ \\t]{1,2})"
            + "[A-Za-z0-9-]{1,63}+(?:(?:[ \\t]{0,2}[\\[({<][ \\t]{0,2}(?i:dot)[ \\t]{0,2}[\\])}>][ \\t]{0,2}"
            + "|[ \\t]{1,2}(?i:dot)[ \\t]{1,2}|\\.)[A-Za-z0-9-]{1,63}+){1,3})(?![\\w@])";
    /** The last part of a written-out address must be one of these, so "met at home dot" or "at 5.30" stay. */
    static final Set<String> TOP_DOMAINS = Set.of("com", "org", "net", "edu", "gov", "us", "io", "co", "info", "biz",
            "me", "mx", "ca", "uk");

    /** 4-4-4-1..7 or 4-6-4/5 digits, one kind of separator; a card only if it passes the Luhn check. */
    static final String CARD = "(?<![\\w.-])(?<card>\\d{4}(?<cs>[ -])\\d{4}\\k<cs>\\d{4}\\k<cs>\\d{1,7}"
            + "|\\d{4}(?<as>[ -])\\d{6}\\k<as>\\d{4,5})(?![\\w]|[ -]\\d)";
    static final String SSN = "(?<![\\w.-])(?<ssn>\\d{3}(?<ss>[- ])\\d{2}\\k<ss>\\d{4})(?![\\w]|[ -]\\d)";
    /** Seven-digit local numbers: 555-0134 anywhere, 555.0134 and 555 0134 after a calling word. */
    static final String LOCAL_PHONE = "(?<![\\w.$/:-])(?<local>\\d{3}-\\d{4}|(?<=(?i:call|phone|ph|cell|tel|text|number"
            + "|num|fax|me|at|on|is|#)[ \\t:.#]{1,3})\\d{3}[ .]\\d{4})(?![\\w]|[-. \\t]\\d)(?![ \\t]{1,3}" + COUNT_WORD + ")";
    /** Digit groups joined by dashes ("24-00117", "SR-2024-00123"); which of them are ticket numbers is decided after. */
    static final String DASHED = "(?:(?<![\\w.-])|(?<=[A-Za-z]-))(?<dashed>\\d{2,12}+(?:-\\d{2,12}+){1,3})(?![\\w]|-\\d)";

    /** Words before a number that make it an identifier ("case #2024-1187"). */
    static final Set<String> TICKET_WORDS = Set.of("ticket", "tickets", "case", "ref", "reference", "confirmation", "conf",
            "claim", "citation", "incident", "request", "order", "tracking", "record", "permit", "account", "acct", "sr",
            "no", "number", "id", "invoice", "receipt");

    /** Words before a number that make it a road, a route or a numbered place, never a house number ("Highway 101"). */
    static final Set<String> ROAD_WORDS = Set.of("highway", "hwy", "route", "rte", "rt", "interstate", "i", "us", "sr",
            "ca", "state", "exit", "bus", "line", "pier", "station", "engine", "gate", "platform", "zone", "ward",
            "district", "precinct", "building", "bldg", "bridge", "lane", "trail", "field", "lot", "meter", "pole",
            "bench", "hydrant", "shuttle", "mile", "marker", "box", "locker", "room", "floor", "level", "stop", "channel",
            "ramp", "pump", "court", "truck", "ladder", "medic", "squad", "unit", "car", "camera");

    private static final Map<String, Cue> CUES = new HashMap<>();

    static {
        for (String w : new String[] {"my", "me", "mi", "name"}) {
            CUES.put(w, Cue.NAME_INTRO);
        }
        CUES.put("this", Cue.THIS_IS);
        for (String w : new String[] {"thank", "thanks", "thx", "best", "kind", "regards", "sincerely", "respectfully",
                "cheers", "signed"}) {
            CUES.put(w, Cue.CLOSING);
        }
        for (String w : new String[] {"mr", "mrs", "ms", "mx", "dr", "sr", "sra", "srta", "miss", "officer", "ofc", "sgt",
                "sergeant", "detective", "det", "deputy"}) {
            CUES.put(w, Cue.HONORIFIC);
        }
        for (String w : new String[] {"d", "dob", "date", "birth", "birthdate", "birthday", "born", "fecha"}) {
            CUES.put(w, Cue.BIRTH);
        }
        for (String w : new String[] {"apt", "apartment", "apto", "unit", "suite", "ste", "depto", "departamento"}) {
            CUES.put(w, Cue.UNIT);
        }
        for (String w : new String[] {"car", "van", "truck", "pickup", "suv", "sedan", "vehicle", "minivan", "rv", "camper",
                "motorcycle", "coupe", "hatchback", "wagon", "honda", "toyota", "nissan", "subaru", "hyundai", "chevy",
                "chevrolet", "ford", "jeep", "dodge", "mazda", "kia", "bmw", "mercedes", "audi", "lexus", "volvo", "tesla",
                "volkswagen", "vw", "gmc", "buick", "chrysler", "acura", "infiniti", "mitsubishi", "civic", "accord",
                "camry", "corolla", "prius", "rav4", "altima", "sentra", "maxima", "malibu", "impala", "silverado",
                "tahoe", "jetta", "passat", "outback", "forester", "impreza", "elantra", "sonata", "tucson", "tacoma",
                "tundra", "sienna", "explorer", "fusion", "focus", "escape", "ranger", "mustang", "wrangler", "cherokee",
                "charger", "challenger", "caravan", "odyssey", "pilot", "optima", "soul", "sprinter", "transit"}) {
            CUES.put(w, Cue.CAR);
        }
    }

    /** Which (first letter, length) pairs the cue words have: most words of a text are turned away here, unallocated. */
    private static final boolean[][] SHAPES = new boolean[26][14];

    static {
        CUES.keySet().forEach(w -> SHAPES[w.charAt(0) - 'a'][w.length()] = true);
    }

    /** The expression the word of {@code length} letters at {@code start} starts, or null. */
    static Cue cueOf(String text, int start, int length) {
        char first = Character.toLowerCase(text.charAt(start));
        if (length >= 14 || first < 'a' || first > 'z' || !SHAPES[first - 'a'][length]) {
            return null;
        }
        return CUES.get(text.substring(start, start + length).toLowerCase(Locale.ROOT));
    }

    /**
     * Whether the text may hold a written-out e-mail address: an "at" in brackets, an '@', or a spaced "at" whose next
     * word is followed by a dot or by "dot" ("at gmail.com", "at gmail dot com"). One pass, no expression.
     */
    static boolean maySpellEmail(String text) {
        int n = text.length();
        for (int i = 0; i + 1 < n; i++) {
            char c = text.charAt(i);
            if (c == '@') {
                return true;
            }
            if ((c != 'a' && c != 'A') || (text.charAt(i + 1) != 't' && text.charAt(i + 1) != 'T') || i == 0) {
                continue;
            }
            char before = text.charAt(i - 1);
            char after = i + 2 < n ? text.charAt(i + 2) : ' ';
            if ("[({<".indexOf(before) >= 0 || (before == ' ' && "])}>".indexOf(after) >= 0)) {
                return true;
            }
            if ((before == ' ' || before == '\t') && (after == ' ' || after == '\t') && dotAfterWord(text, i + 2)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the word after the spaces at {@code i} is followed by '.' and a letter, or by " dot ". */
    private static boolean dotAfterWord(String text, int i) {
        int n = text.length();
        int j = i;
        while (j < n && (text.charAt(j) == ' ' || text.charAt(j) == '\t') && j - i < 3) {
            j++;
        }
        int word = j;
        while (j < n && j - word < 64 && (Character.isLetterOrDigit(text.charAt(j)) || text.charAt(j) == '-')) {
            j++;
        }
        if (j == word || j >= n - 1) {
            return false;
        }
        return text.charAt(j) == '.' && Character.isLetter(text.charAt(j + 1))
                || text.regionMatches(true, j, " dot", 0, 4) || "[({<".indexOf(text.charAt(j)) >= 0
                || text.regionMatches(true, j, " [", 0, 2) || text.regionMatches(true, j, " (", 0, 2);
    }
}
