package org.civicthemes.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** The stopword lists shipped in the resources of this package, read once. */
final class Stopwords {

    static final Set<String> ENGLISH = load("stopwords-en.txt");
    static final Set<String> SPANISH = load("stopwords-es.txt");
    static final Set<String> SERVICE_311 = load("stopwords-311.txt");

    private Stopwords() {
    }

    /** The lower-case stopwords for texts of this language, before the analyst's own are added. */
    static Set<String> forLanguage(Language language) {
        Set<String> words = new HashSet<>(SERVICE_311);
        switch (language) {
            case ENGLISH -> words.addAll(ENGLISH);
            case SPANISH -> words.addAll(SPANISH);
            case OTHER, UNDETERMINED -> {
                words.addAll(ENGLISH);
                words.addAll(SPANISH);
            }
        }
        return Set.copyOf(words);
    }

    static Set<String> load(String resource) {
        Set<String> words = new HashSet<>();
        try (InputStream in = Stopwords.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource org/civicthemes/text/" + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String word = line.strip();
                if (!word.isEmpty() && !word.startsWith("#")) {
                    words.add(word.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return Set.copyOf(words);
    }
}
