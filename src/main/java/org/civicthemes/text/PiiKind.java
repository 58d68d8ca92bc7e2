package org.civicthemes.text;

/** A kind of personal data that is redacted from request texts, with the placeholder that replaces it. */
public enum PiiKind {
    /**
     * US phone numbers: (555) 201-3344, 555-201-3344, 555.201.3344, +1 555 201 3344, and local numbers of seven
     * digits, 555-0134 (or 555.0134 and 555 0134 after "call", "cell", "phone", ...).
     */
    PHONE("[phone]"),
    /** E-mail addresses, also written out: "jane at gmail dot com", "jane[at]gmail.com", "jane @ gmail.com". */
    EMAIL("[email]"),
    /** The house number of a street address ("1234 Main St"); the street name is kept. */
    STREET_NUMBER("[number]"),
    /**
     * Licence plates after a plate keyword ("plate 7ABC123", "lic# ABC1234", "placa 7ABC123") or a car ("Civic
     * 2CKV548", "white van, ABC 1234"); the keyword and the car are kept.
     */
    PLATE("[plate]"),
    /** Runs of six or more digits, and numbers in dashed groups ("ticket 24-00117"): account, case and ticket numbers. */
    LONG_NUMBER("[number]"),
    /** Social security numbers written in groups: 123-45-6789, 123 45 6789. */
    SSN("[ssn]"),
    /** Payment-card numbers of 13 to 19 digits that pass the Luhn check, in groups or not. */
    CARD("[card]"),
    /** Apartment, unit and suite numbers after their word ("Apt 5", "unit 12B", "Suite E2"); the word is kept. */
    UNIT("[unit]"),
    /** A date after "DOB", "date of birth", "born", "birthday"; dates without such a word are kept. */
    BIRTH_DATE("[date of birth]"),
    /**
     * Residents' names after a cue: "my name is", "this is ... calling", Mr./Mrs./Ms./Dr., and a capitalised name
     * that ends the text after "thank you", "thanks", "regards", "sincerely". Other names are not found.
     */
    NAME("[name]");

    private final String placeholder;

    PiiKind(String placeholder) {
        this.placeholder = placeholder;
    }

    /** The readable text that replaces a redacted span; never turned into a term. */
    public String placeholder() {
        return placeholder;
    }
}
