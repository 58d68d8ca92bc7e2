package org.civicthemes.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The synthetic corpus of pii-corpus.tsv (made by src/bench/pii-corpus.py): request texts with one planted personal
 * value each, by kind, and clean texts whose numbers must stay. Measures a redactor's recall per kind and its false
 * redactions.
 */
final class PiiCorpus {

    /** Words that join the parts of an obfuscated e-mail address ("jane at gmail dot com"): not personal. */
    private static final Set<String> CONNECTORS = Set.of("at", "dot");

    /** A text with a personal value planted in it. */
    record Planted(String kind, String text, String value) {

        /** The value's words and numbers, each of which must be gone from the redacted text. */
        List<String> tokens() {
            List<String> tokens = new ArrayList<>();
            for (String t : value.split("[^\\p{L}\\p{N}]+")) {
                if (!t.isEmpty() && !CONNECTORS.contains(t.toLowerCase(Locale.ROOT))) {
                    tokens.add(t);
                }
            }
            return tokens;
        }

        /** Whether none of the value's tokens is left, as a whole word, in {@code redacted}. */
        boolean removedFrom(String redacted) {
            return tokens().stream().noneMatch(t -> containsWord(redacted, t));
        }

        /** The text without the value: none of the value's tokens may be in it, or removal could not be seen. */
        String context() {
            return text.replace(value, " ");
        }
    }

    /** Recall of one kind: planted values removed, of all planted. */
    record Recall(int removed, int planted) {
        double rate() {
            return planted == 0 ? 0 : (double) removed / planted;
        }
    }

    final List<Planted> planted;
    final List<String> clean;

    private PiiCorpus(List<Planted> planted, List<String> clean) {
        this.planted = List.copyOf(planted);
        this.clean = List.copyOf(clean);
    }

    static PiiCorpus load() {
        List<Planted> planted = new ArrayList<>();
        List<String> clean = new ArrayList<>();
        try (InputStream in = PiiCorpus.class.getResourceAsStream("pii-corpus.tsv");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String[] cols = line.split("\t", 2);
                if (cols[0].equals("clean")) {
                    clean.add(cols[1]);
                    continue;
                }
                int open = cols[1].indexOf("{{");
                int close = cols[1].indexOf("}}", open);
                if (open < 0 || close < 0) {
                    throw new IllegalStateException("no {{value}} in: " + line);
                }
                String value = cols[1].substring(open + 2, close);
                String text = cols[1].substring(0, open) + value + cols[1].substring(close + 2);
                planted.add(new Planted(cols[0], text, value));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new PiiCorpus(planted, clean);
    }

    /** Recall per kind of the corpus, in the order of the kinds' names. */
    Map<String, Recall> recall(Redactor redactor) {
        Map<String, int[]> counts = new TreeMap<>();
        for (Planted p : planted) {
            int[] c = counts.computeIfAbsent(p.kind(), k -> new int[2]);
            c[1]++;
            if (p.removedFrom(redactor.redact(p.text()).text())) {
                c[0]++;
            }
        }
        Map<String, Recall> recall = new TreeMap<>();
        counts.forEach((kind, c) -> recall.put(kind, new Recall(c[0], c[1])));
        return recall;
    }

    /** The clean texts that the redactor changed. */
    List<String> falselyRedacted(Redactor redactor) {
        return clean.stream().filter(t -> !redactor.redact(t).text().equals(t)).toList();
    }

    /** The planted texts whose value the redactor left in, as "kind: redacted text". */
    List<String> misses(Redactor redactor) {
        return planted.stream().filter(p -> !p.removedFrom(redactor.redact(p.text()).text()))
                .map(p -> p.kind() + ": " + redactor.redact(p.text()).text()).toList();
    }

    static boolean containsWord(String text, String word) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(word) + "(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(text).find();
    }
}
