package org.civicthemes.sample;

import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Invented personal details residents put in their texts: phone numbers in area code 555, e-mail addresses at
 * the reserved example domains, licence plates. None belongs to anyone.
 */
final class Pii {

    private static final List<String> FIRST = List.of("Maria", "James", "Linda", "Jose", "Tanya", "Kevin",
            "Nguyen", "Ashley", "Robert", "Carmen", "DeShawn", "Emily", "Luis", "Patricia", "Mike", "Thu");
    private static final List<String> LAST = List.of("Johnson", "Garcia", "Smith", "Tran", "Williams", "Lopez",
            "Brown", "Pham", "Davis", "Martinez", "Miller", "Hernandez", "Wilson", "Le", "Moore", "Jackson");
    private static final List<String> DOMAINS = List.of("example.com", "example.net", "example.org",
            "mail.example.com");
    private static final String LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ";

    private Pii() {
    }

    /** A phone number in one of the ways people type them: (555) 201-3344, 555.201.3344, 5552013344 ... */
    static String phone(Random rng) {
        int exchange = 200 + rng.nextInt(800);
        int line = rng.nextInt(10_000);
        switch (rng.nextInt(5)) {
            case 0: return String.format(Locale.ROOT, "(555) %03d-%04d", exchange, line);
            case 1: return String.format(Locale.ROOT, "555.%03d.%04d", exchange, line);
            case 2: return String.format(Locale.ROOT, "555-%03d-%04d", exchange, line);
            case 3: return String.format(Locale.ROOT, "555%03d%04d", exchange, line);
            default: return String.format(Locale.ROOT, "555 %03d %04d", exchange, line);
        }
    }

    static String email(Random rng) {
        String first = Weighted.one(FIRST, rng).toLowerCase(Locale.ROOT);
        String last = Weighted.one(LAST, rng).toLowerCase(Locale.ROOT);
        String local;
        switch (rng.nextInt(4)) {
            case 0: local = first + "." + last; break;
            case 1: local = first.charAt(0) + last + (rng.nextInt(90) + 10); break;
            case 2: local = first + last.charAt(0) + (1950 + rng.nextInt(55)); break;
            default: local = first + "_" + last;
        }
        return local + "@" + Weighted.one(DOMAINS, rng);
    }

    static String firstName(Random rng) {
        return Weighted.one(FIRST, rng);
    }

    /** A plate mention ("plate 7ABC123", "tag # KJD 4421"), or empty when the resident gave none. */
    static String plate(Random rng) {
        double r = rng.nextDouble();
        if (r < 0.40) {
            return "";
        }
        if (r < 0.47) {
            return "no plates";
        }
        String plate = r < 0.75
                ? "" + (1 + rng.nextInt(9)) + letters(rng, 3) + (100 + rng.nextInt(900))
                : letters(rng, 3) + " " + (1000 + rng.nextInt(9000));
        switch (rng.nextInt(4)) {
            case 0: return "plate " + plate;
            case 1: return "lic plate " + plate;
            case 2: return "tag # " + plate;
            default: return "License plate: " + plate;
        }
    }

    private static String letters(Random rng, int n) {
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.append(LETTERS.charAt(rng.nextInt(LETTERS.length())));
        }
        return sb.toString();
    }

    /** A sentence that carries a phone number. */
    static String phoneSentence(Random rng, Language language) {
        String p = phone(rng);
        switch (language) {
            case SPANISH: return Weighted.one(List.of("Mi número es " + p + ".", "Llámeme al " + p + "."), rng);
            case VIETNAMESE: return "Số điện thoại của tôi: " + p + ".";
            default: return Weighted.one(List.of("Call me at " + p + ".", "My number is " + p,
                    "Please call " + p + " if you have questions.", "cell " + p, "You can reach me at " + p + ".",
                    "Call back " + p), rng);
        }
    }

    /** A sentence that carries an e-mail address. */
    static String emailSentence(Random rng, Language language) {
        String e = email(rng);
        switch (language) {
            case SPANISH: return "Mi correo es " + e + ".";
            case VIETNAMESE: return "Email: " + e;
            default: return Weighted.one(List.of("Email me at " + e + ".", "My email is " + e,
                    "Please send updates to " + e + ".", "contact: " + e, "- " + firstName(rng) + ", " + e), rng);
        }
    }
}
