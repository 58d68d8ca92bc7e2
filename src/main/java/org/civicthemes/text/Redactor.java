package org.civicthemes.text;

/** Replaces personal data in a text with readable placeholders. Implementations are thread-safe. */
@FunctionalInterface
public interface Redactor {

    Redacted redact(String text);

    /** The standard redactor of CivicThemes for these options. */
    static Redactor of(RedactionOptions options) {
        return new PiiRedactor(options);
    }
}
