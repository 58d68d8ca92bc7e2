package org.civicthemes.sample;

/** The language a resident wrote in. */
enum Language {
    ENGLISH, SPANISH, VIETNAMESE
}
