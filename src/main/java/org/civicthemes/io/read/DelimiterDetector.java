package org.civicthemes.io.read;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Finds the field separator of a text export from a sample of its first lines: the candidate that
 * splits the most lines into the same number of fields (more than one) wins.
 */
final class DelimiterDetector {

    static final List<Character> CANDIDATES = List.of(',', ';', '\t', '|');
    private static final int SAMPLE_RECORDS = 200;

    private DelimiterDetector() {
    }

    /**
     * @param sample    the start of the file, decoded
     * @param preferTab true for a .tsv file name: tab wins ties
     */
    static char detect(String sample, boolean preferTab) {
        char best = preferTab ? '\t' : ',';
        double bestScore = 0;
        int bestFields = 1;
        for (char candidate : CANDIDATES) {
            Consistency c = consistency(sample, candidate);
            double score = c.fields() > 1 ? c.share() : 0;
            boolean better = score > bestScore + 0.05
                    || (score > 0 && Math.abs(score - bestScore) <= 0.05 && c.fields() > bestFields
                        && !(preferTab && best == '\t'));
            if (better) {
                best = candidate;
                bestScore = score;
                bestFields = c.fields();
            }
        }
        return best;
    }

    /** The most common field count among non-blank records, and the share of records that have it. */
    private record Consistency(int fields, double share) {
    }

    private static Consistency consistency(String sample, char delimiter) {
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setTrailingData(true)
                .setIgnoreEmptyLines(true).get();
        Map<Integer, Integer> counts = new HashMap<>();
        int records = 0;
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(sample)).setFormat(format).get()) {
            for (CSVRecord record : parser) {
                if (records++ >= SAMPLE_RECORDS) {
                    break;
                }
                counts.merge(record.size(), 1, Integer::sum);
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            // the sample may end inside a quoted field: judge on the records read so far
        }
        if (records == 0) {
            return new Consistency(1, 0);
        }
        int total = records;
        return counts.entrySet().stream()
                .filter(e -> e.getKey() > 1)
                .max(Map.Entry.<Integer, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(e -> new Consistency(e.getKey(), e.getValue() / (double) total))
                .orElse(new Consistency(1, 0));
    }

    static String displayName(char delimiter) {
        return switch (delimiter) {
            case ',' -> "comma";
            case ';' -> "semicolon";
            case '\t' -> "tab";
            case '|' -> "pipe";
            default -> "'" + delimiter + "'";
        };
    }
}
