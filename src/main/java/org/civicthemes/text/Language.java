package org.civicthemes.text;

/** The language of a request, as far as it can be told from its text. */
public enum Language {
    ENGLISH("en"),
    SPANISH("es"),
    /** Clearly neither English nor Spanish (another script, Vietnamese diacritics). */
    OTHER("other"),
    /** Too short or too mixed to tell; terms are prepared with English and Spanish stopwords and English stemming. */
    UNDETERMINED("und");

    private final String code;

    Language(String code) {
        this.code = code;
    }

    /** A short code for exports: "en", "es", "other", "und". */
    public String code() {
        return code;
    }
}
