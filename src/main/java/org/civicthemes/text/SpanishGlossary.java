package org.civicthemes.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Common Spanish 311 words read as their English counterparts (resource glossary-es-en.txt), matched without
 * accents. See docs/decisions/0007-spanish-glossary.md.
 */
final class SpanishGlossary {

    private static final Map<String, String> WORDS = load("glossary-es-en.txt");

    private SpanishGlossary() {
    }

    /** The English word for a lower-case Spanish token, or null when the glossary has none. */
    static String english(String token) {
        return WORDS.get(fold(token));
    }

    static int size() {
        return WORDS.size();
    }

    static String fold(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (word.charAt(i) > 127) {
                return Normalizer.normalize(word, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
            }
        }
        return word;
    }

    private static Map<String, String> load(String resource) {
        Map<String, String> words = new HashMap<>();
        try (InputStream in = SpanishGlossary.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource org/civicthemes/text/" + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String entry = line.strip();
                if (entry.isEmpty() || entry.startsWith("#")) {
                    continue;
                }
                String[] pair = entry.toLowerCase(Locale.ROOT).split("\\s+");
                if (pair.length != 2 || words.put(fold(pair[0]), pair[1]) != null) {
                    throw new IllegalStateException("bad or repeated glossary line in " + resource + ": " + entry);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return Map.copyOf(words);
    }
}
