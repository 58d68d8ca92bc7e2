package org.civicthemes.text;

/** A kind of personal data that is redacted from request texts, with the placeholder that replaces it. */
public enum PiiKind {
    /** US phone numbers: (555) 201-3344, 555-201-3344, 555.201.3344, +1 555 201 3344. */
    PHONE("[phone]"),
    /** E-mail addresses. */
    EMAIL("[email]"),
    /** The house number of a street address ("1234 Main St"); the street name is kept. */
    STREET_NUMBER("[number]"),
    /** Licence plates after a plate keyword ("plate 7ABC123", "lic# ABC1234", "placa 7ABC123"); the keyword is kept. */
    PLATE("[plate]"),
    /** Runs of six or more digits: account, case and incident numbers. */
    LONG_NUMBER("[number]");

    private final String placeholder;

    PiiKind(String placeholder) {
        this.placeholder = placeholder;
    }

    /** The readable text that replaces a redacted span; never turned into a term. */
    public String placeholder() {
        return placeholder;
    }
}
