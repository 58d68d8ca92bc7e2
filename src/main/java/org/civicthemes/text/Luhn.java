package org.civicthemes.text;

/** The Luhn check digit test of payment-card numbers. */
final class Luhn {

    private Luhn() {
    }

    /** Whether the digits of {@code text} (other characters skipped) number 13 to 19 and pass the Luhn test. */
    static boolean isCardNumber(CharSequence text) {
        int sum = 0;
        int count = 0;
        for (int i = text.length() - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                continue;
            }
            int d = c - '0';
            if (count % 2 == 1) {
                d = d * 2 > 9 ? d * 2 - 9 : d * 2;
            }
            sum += d;
            count++;
        }
        return count >= 13 && count <= 19 && sum % 10 == 0;
    }
}
