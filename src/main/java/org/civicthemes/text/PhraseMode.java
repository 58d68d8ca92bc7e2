package org.civicthemes.text;

/** What a detected two-word phrase does to the terms of a document. */
public enum PhraseMode {
    /** "street light" becomes the single term street_light; its two words are not emitted there. */
    REPLACE,
    /** street_light is emitted after "street" and "light", which stay. */
    ADD
}
