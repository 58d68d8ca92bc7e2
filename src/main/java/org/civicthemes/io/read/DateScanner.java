package org.civicthemes.io.read;

/**
 * Reads the shape of one date value in a single pass, without exceptions and without deciding
 * anything that depends on the column (day/month order, whether numbers are Excel serials).
 * The fields hold the parts as written; {@link DateColumnParser} checks and resolves them.
 *
 * <p>Not thread-safe: one instance per value, confined to the calling method.
 */
final class DateScanner {

    /** The written form of a value. */
    enum Form {
        /** 2024-03-05, 2024-03-05T14:03:00.123+02:00 */
        ISO,
        /** 2024/03/05 */
        YEAR_SLASH,
        /** 03/05/2024, 5.3.2024, 03-05-24: first and second part not yet told apart */
        NUMERIC,
        /** 5-Mar-2024, 05 Mar 2024, Tue, 05 Mar 2024 14:03 */
        DAY_MONTH_NAME,
        /** March 5, 2024, Mar 5 2024 */
        MONTH_NAME_DAY,
        /** 45356 or 45356.5833: maybe an Excel serial, decided by the column */
        NUMBER
    }

    /** How the time of day was written. */
    enum Clock { NONE, H24, H12 }

    private static final String[] MONTHS = {
        "january", "february", "march", "april", "may", "june",
        "july", "august", "september", "october", "november", "december"
    };
    private static final String[] DAYS = {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"
    };

    private final String s;
    private final int end;
    private int pos;

    Form form;
    /** Year as written: four digits, or two digits when {@link #twoDigitYear}. */
    int year;
    boolean twoDigitYear;
    /** Month for named and year-first forms; the first number of a {@link Form#NUMERIC} date. */
    int first;
    /** Day for named and year-first forms; the second number of a {@link Form#NUMERIC} date. */
    int second;
    /** The separator of a {@link Form#NUMERIC} date: '/', '.' or '-'. */
    char separator;
    /** 1 (Monday) to 7 when a weekday name was written, else 0. */
    int dayOfWeek;
    Clock clock = Clock.NONE;
    int hour;
    int minute;
    int secondOfMinute;
    int nano;
    /** True when the ISO date and time are joined by 'T'. */
    boolean tSeparated;
    boolean hasOffset;
    boolean afternoon;
    /** Integer digits of a {@link Form#NUMBER}, or -1 when they do not fit. */
    long numberWhole;
    /** Fraction of a {@link Form#NUMBER}, 0 to below 1. */
    double numberFraction;

    /** @param s a value without leading or trailing white space, not empty */
    DateScanner(String s) {
        this.s = s;
        this.end = s.length();
    }

    /** True when the value has one of the known shapes; the fields then describe it. */
    boolean scan() {
        char c = s.charAt(0);
        if (isDigit(c)) {
            return scanDigitStart();
        }
        if (isLetter(c)) {
            return scanWordStart();
        }
        return false;
    }

    // ---- forms that start with a digit -------------------------------------------------------

    private boolean scanDigitStart() {
        int start = pos;
        long whole = 0;
        while (pos < end && isDigit(s.charAt(pos))) {
            whole = whole * 10 + (s.charAt(pos) - '0');
            pos++;
            if (pos - start > 15) {
                whole = -1;
                break;
            }
        }
        int n = pos - start;
        if (whole >= 0 && isPlainNumberTail()) {
            form = Form.NUMBER;
            numberWhole = whole;
            numberFraction = pos < end ? fraction(pos + 1) : 0;
            return true;
        }
        if (n == 4 && pos < end) {
            return scanYearFirst((int) whole);
        }
        if ((n == 1 || n == 2) && pos + 1 < end) {
            char sep = s.charAt(pos);
            char next = s.charAt(pos + 1);
            if ((sep == '/' || sep == '.' || sep == '-') && isDigit(next)) {
                return scanNumeric((int) whole, sep);
            }
            if ((sep == '-' || sep == ' ') && isLetter(next)) {
                return scanDayMonthName((int) whole, sep);
            }
        }
        return false;
    }

    /** From pos: nothing, or '.' and digits to the end. */
    private boolean isPlainNumberTail() {
        if (pos == end) {
            return true;
        }
        if (s.charAt(pos) != '.' || pos + 1 == end) {
            return false;
        }
        for (int i = pos + 1; i < end; i++) {
            if (!isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private double fraction(int from) {
        double value = 0;
        double scale = 1;
        for (int i = from; i < end && i < from + 15; i++) {
            scale /= 10;
            value += (s.charAt(i) - '0') * scale;
        }
        return value;
    }

    private boolean scanYearFirst(int y) {
        char sep = s.charAt(pos);
        if (sep != '-' && sep != '/') {
            return false;
        }
        pos++;
        int month = number(1, 2);
        if (month < 0 || !accept(sep)) {
            return false;
        }
        int day = number(1, 2);
        if (day < 0) {
            return false;
        }
        form = sep == '-' ? Form.ISO : Form.YEAR_SLASH;
        year = y;
        first = month;
        second = day;
        return timeAndEnd(true);
    }

    private boolean scanNumeric(int a, char sep) {
        pos++;
        int b = number(1, 2);
        if (b < 0 || !accept(sep) || !scanYear()) {
            return false;
        }
        form = Form.NUMERIC;
        first = a;
        second = b;
        separator = sep;
        return timeAndEnd(false);
    }

    private boolean scanDayMonthName(int day, char sep) {
        pos++;
        int month = monthWord();
        if (month < 0) {
            return false;
        }
        if (sep == ' ') {
            accept(',');
        }
        if (!accept(sep) || !scanYear()) {
            return false;
        }
        form = Form.DAY_MONTH_NAME;
        first = month;
        second = day;
        return timeAndEnd(false);
    }

    // ---- forms that start with a word --------------------------------------------------------

    private boolean scanWordStart() {
        int wordEnd = wordEnd(pos);
        int weekday = lookup(DAYS, pos, wordEnd);
        if (weekday >= 0) {
            dayOfWeek = weekday + 1;
            pos = wordEnd;
            accept('.');
            accept(',');
            if (!spaces()) {
                return false;
            }
            if (pos < end && isDigit(s.charAt(pos))) {
                int day = number(1, 2);
                if (day < 0 || pos >= end) {
                    return false;
                }
                char sep = s.charAt(pos);
                return (sep == ' ' || sep == '-') && scanDayMonthName(day, sep);
            }
        }
        return scanMonthNameDay();
    }

    private boolean scanMonthNameDay() {
        int month = monthWord();
        if (month < 0 || !spaces()) {
            return false;
        }
        int day = number(1, 2);
        if (day < 0) {
            return false;
        }
        accept(',');
        if (!spaces() || !scanFourDigitYear()) {
            return false;
        }
        form = Form.MONTH_NAME_DAY;
        first = month;
        second = day;
        return timeAndEnd(false);
    }

    /** A month name or its abbreviation (three letters, or "sept"), with an optional dot; 1-12 or -1. */
    private int monthWord() {
        int wordEnd = wordEnd(pos);
        int month = lookup(MONTHS, pos, wordEnd);
        if (month < 0) {
            return -1;
        }
        pos = wordEnd;
        accept('.');
        return month + 1;
    }

    /**
     * Index of the name in {@code names} that s[from, to) spells, ignoring case: the full name or
     * any abbreviation of at least three letters ("Mar", "Sept", "Thurs").
     */
    private int lookup(String[] names, int from, int to) {
        int length = to - from;
        if (length < 3) {
            return -1;
        }
        char initial = (char) (s.charAt(from) | 0x20);
        for (int i = 0; i < names.length; i++) {
            String name = names[i];
            if (name.charAt(0) == initial && length <= name.length()
                    && s.regionMatches(true, from, name, 0, length)) {
                return i;
            }
        }
        return -1;
    }

    private int wordEnd(int from) {
        int i = from;
        while (i < end && isLetter(s.charAt(i))) {
            i++;
        }
        return i;
    }

    // ---- years, times, offsets ---------------------------------------------------------------

    private boolean scanYear() {
        int start = pos;
        int y = number(2, 4);
        int digits = pos - start;
        if (y < 0 || digits == 3) {
            return false;
        }
        year = y;
        twoDigitYear = digits == 2;
        return true;
    }

    private boolean scanFourDigitYear() {
        int start = pos;
        int y = number(4, 4);
        if (y < 0 || pos - start != 4) {
            return false;
        }
        year = y;
        return true;
    }

    /**
     * An optional time after the date, an optional AM/PM, an optional zone, and then the end of the
     * value. {@code allowT}: the date may be joined to the time by 'T' (ISO forms).
     */
    private boolean timeAndEnd(boolean allowT) {
        if (pos == end) {
            return true;
        }
        if (allowT && (s.charAt(pos) == 'T' || s.charAt(pos) == 't')) {
            pos++;
            tSeparated = true;
        } else {
            accept(',');
            if (!spaces()) {
                return false;
            }
        }
        hour = number(1, 2);
        if (hour < 0 || !accept(':')) {
            return false;
        }
        minute = number(2, 2);
        if (minute < 0) {
            return false;
        }
        if (accept(':')) {
            secondOfMinute = number(2, 2);
            if (secondOfMinute < 0) {
                return false;
            }
            if (pos < end && (s.charAt(pos) == '.' || s.charAt(pos) == ',')
                    && pos + 1 < end && isDigit(s.charAt(pos + 1))) {
                pos++;
                if (!scanNanos()) {
                    return false;
                }
            }
        }
        clock = Clock.H24;
        int beforeMarker = pos;
        spaces();
        if (!meridiem()) {
            pos = beforeMarker;
        }
        spaces();
        if (pos < end && !zone()) {
            return false;
        }
        return pos == end;
    }

    private boolean scanNanos() {
        int start = pos;
        int value = 0;
        while (pos < end && isDigit(s.charAt(pos))) {
            if (pos - start == 9) {
                return false;
            }
            value = value * 10 + (s.charAt(pos) - '0');
            pos++;
        }
        for (int digits = pos - start; digits < 9; digits++) {
            value *= 10;
        }
        nano = value;
        return true;
    }

    /** AM, PM, a.m., p.m. in any case. */
    private boolean meridiem() {
        if (pos >= end) {
            return false;
        }
        char c = Character.toLowerCase(s.charAt(pos));
        if (c != 'a' && c != 'p') {
            return false;
        }
        int i = pos + 1;
        if (i < end && s.charAt(i) == '.') {
            i++;
        }
        if (i >= end || Character.toLowerCase(s.charAt(i)) != 'm') {
            return false;
        }
        i++;
        if (i < end && s.charAt(i) == '.') {
            i++;
        }
        if (i < end && isLetter(s.charAt(i))) {
            return false;
        }
        pos = i;
        clock = Clock.H12;
        afternoon = c == 'p';
        return true;
    }

    /** Z, UTC, GMT, +02:00, +0200, +02, GMT+02:00; sets {@link #hasOffset}. */
    private boolean zone() {
        char c = s.charAt(pos);
        if (c == 'Z' || c == 'z') {
            pos++;
            hasOffset = true;
            return true;
        }
        if (s.regionMatches(true, pos, "UTC", 0, 3) || s.regionMatches(true, pos, "GMT", 0, 3)) {
            pos += 3;
            hasOffset = true;
            return pos == end || offset();
        }
        return offset();
    }

    private boolean offset() {
        if (pos >= end || (s.charAt(pos) != '+' && s.charAt(pos) != '-')) {
            return false;
        }
        pos++;
        int hours = twoDigits();
        if (hours < 0 || hours > 18) {
            return false;
        }
        if (pos < end) {
            accept(':');
            int minutes = twoDigits();
            if (minutes < 0 || minutes > 59) {
                return false;
            }
        }
        hasOffset = true;
        return true;
    }

    // ---- small helpers -------------------------------------------------------------------------

    /** Between min and max digits at pos, as a number, or -1 (pos unchanged then). */
    private int number(int min, int max) {
        int start = pos;
        int value = 0;
        while (pos < end && pos - start < max && isDigit(s.charAt(pos))) {
            value = value * 10 + (s.charAt(pos) - '0');
            pos++;
        }
        if (pos - start < min || (pos < end && isDigit(s.charAt(pos)))) {
            pos = start;
            return -1;
        }
        return value;
    }

    /** Exactly two digits at pos, whatever follows, or -1. */
    private int twoDigits() {
        if (pos + 1 >= end || !isDigit(s.charAt(pos)) || !isDigit(s.charAt(pos + 1))) {
            return -1;
        }
        int value = (s.charAt(pos) - '0') * 10 + (s.charAt(pos + 1) - '0');
        pos += 2;
        return value;
    }

    private boolean accept(char c) {
        if (pos < end && s.charAt(pos) == c) {
            pos++;
            return true;
        }
        return false;
    }

    /** One or more spaces; false when there is none. */
    private boolean spaces() {
        int start = pos;
        while (pos < end && s.charAt(pos) == ' ') {
            pos++;
        }
        return pos > start;
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
