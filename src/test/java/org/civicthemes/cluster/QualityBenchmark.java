package org.civicthemes.cluster;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.civicthemes.model.ThemeOptions;
import org.civicthemes.model.ThemeSet;
import org.civicthemes.progress.CancellationToken;
import org.civicthemes.progress.ProgressListener;

/**
 * Theme quality on labelled short-text benchmarks, beside scikit-learn's scores (shared/data/README.md). Not a
 * test: run by hand with the folder of the benchmarks as argument. Terms come from a deliberately simple tokenizer
 * (lowercase, split on non-letters, a small stopword list, tokens of 2+ letters) until the text package exists.
 * Options can be overridden with -Dlsa=, -DminDf=, -DmaxDf=, -Drestarts=, -Dsublinear=, -Dseeds=, -Dsets=.
 */
public final class QualityBenchmark {

    private static final Set<String> STOPWORDS = Set.of("a", "an", "and", "are", "as", "at", "be", "been", "but",
            "by", "can", "could", "did", "do", "does", "for", "from", "had", "has", "have", "he", "her", "his", "how",
            "i", "if", "in", "into", "is", "it", "its", "me", "my", "no", "not", "of", "on", "or", "our", "she",
            "so", "that", "the", "their", "them", "then", "there", "these", "they", "this", "to", "too", "up", "us",
            "very", "was", "we", "were", "what", "when", "where", "which", "who", "will", "with", "would", "you",
            "your", "all", "any", "also", "am", "about", "after", "again", "just", "than", "out", "over", "some",
            "such", "only", "other", "more", "most", "should", "here", "being", "because", "before");

    /** scikit-learn's scores from shared/data/README.md: tf-idf NMI, ARI, then LSA NMI, ARI. */
    private static final Map<String, double[]> SKLEARN = Map.of(
            "newport-seeclickfix", new double[] {0.248, 0.061, 0.248, 0.067},
            "biomedical", new double[] {0.251, 0.055, 0.305, 0.136},
            "searchsnippets", new double[] {0.114, 0.027, 0.211, 0.099},
            "agnews_8000", new double[] {0.234, 0.136, 0.356, 0.307},
            "googlenews_TS", new double[] {0.886, 0.555, 0.920, 0.739},
            "tweet", new double[] {0.763, 0.265, 0.821, 0.442});

    private record Labelled(String name, List<List<String>> documents, int[] labels, int k) {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "../shared/data/short-text-benchmarks");
        List<Labelled> sets = new ArrayList<>();
        sets.add(newport(folder.resolveSibling("newport-seeclickfix").resolve("newport_seeclickfix_2017.csv")));
        for (String name : List.of("biomedical", "searchsnippets", "agnews_8000", "googlenews_TS", "tweet")) {
            sets.add(tsv(name, folder.resolve(name + ".tsv")));
        }
        String only = System.getProperty("sets", "");
        ThemeOptions base = ThemeOptions.DEFAULTS;
        base = base.withDocumentFrequency(Integer.getInteger("minDf", base.minDf()),
                Double.parseDouble(System.getProperty("maxDf", Double.toString(base.maxDfShare()))))
                .withRestarts(Integer.getInteger("restarts", base.restarts()))
                .withSublinearTf(Boolean.parseBoolean(System.getProperty("sublinear", Boolean.toString(base.sublinearTf()))))
                .withUnclearThreshold(0);
        int lsa = Integer.getInteger("lsa", base.lsaDimensions() > 0 ? base.lsaDimensions() : 100);
        int seeds = Integer.getInteger("seeds", 3);
        System.out.printf(Locale.ROOT, "options: minDf=%d maxDf=%.2f restarts=%d sublinear=%s lsa=%d seeds=%d%n",
                base.minDf(), base.maxDfShare(), base.restarts(), base.sublinearTf(), lsa, seeds);
        System.out.printf(Locale.ROOT, "%-20s %4s | %-13s %-13s | %-13s %-13s | %7s %7s | %s%n", "data", "k",
                "ours tfidf", "sk tfidf", "ours LSA", "sk LSA", "s tfidf", "s LSA", "seed ARI tfidf/LSA");
        double[] wins = new double[4];
        for (Labelled set : sets) {
            if (!only.isEmpty() && java.util.Arrays.stream(only.split(",")).noneMatch(set.name()::startsWith)) {
                continue;
            }
            Corpus corpus = new Corpus(set.documents());
            double[] plain = evaluate(corpus, set, base.withThemes(set.k()).withLsaDimensions(0), seeds);
            double[] reduced = evaluate(corpus, set, base.withThemes(set.k()).withLsaDimensions(lsa), seeds);
            double[] sk = SKLEARN.get(set.name());
            System.out.printf(Locale.ROOT,
                    "%-20s %4d | %.3f / %.3f %.3f / %.3f | %.3f / %.3f %.3f / %.3f | %7.2f %7.2f | %.3f / %.3f%n",
                    set.name(), set.k(), plain[0], plain[1], sk[0], sk[1], reduced[0], reduced[1], sk[2], sk[3],
                    plain[2], reduced[2], plain[3], reduced[3]);
            wins[0] += plain[0] - sk[0];
            wins[1] += plain[1] - sk[1];
            wins[2] += reduced[0] - sk[2];
            wins[3] += reduced[1] - sk[3];
        }
        System.out.printf(Locale.ROOT, "sum of differences to scikit-learn: tfidf NMI %+.3f ARI %+.3f, LSA NMI %+.3f ARI %+.3f%n",
                wins[0], wins[1], wins[2], wins[3]);
    }

    /** Mean NMI, mean ARI, mean seconds, mean ARI between the runs of consecutive seeds. */
    private static double[] evaluate(Corpus corpus, Labelled set, ThemeOptions options, int seeds) {
        double nmi = 0;
        double ari = 0;
        double seconds = 0;
        double stability = 0;
        int[] previous = null;
        for (int s = 0; s < seeds; s++) {
            long start = System.nanoTime();
            ThemeSet themes = new ThemeEngine(options.withSeed(s)).findThemes(corpus, ProgressListener.NONE,
                    CancellationToken.NEVER);
            seconds += (System.nanoTime() - start) / 1e9;
            int[] predicted = themes.assignment().toArray();
            nmi += Agreement.normalizedMutualInformation(set.labels(), predicted);
            ari += Agreement.adjustedRandIndex(set.labels(), predicted);
            if (previous != null) {
                stability += Agreement.adjustedRandIndex(previous, predicted);
            }
            previous = predicted;
        }
        return new double[] {nmi / seeds, ari / seeds, seconds / seeds, seeds > 1 ? stability / (seeds - 1) : 1};
    }

    static List<String> terms(String text) {
        List<String> out = new ArrayList<>();
        for (String token : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (token.length() >= 2 && !STOPWORDS.contains(token)) {
                out.add(token);
            }
        }
        return out;
    }

    private static Labelled tsv(String name, Path file) throws IOException {
        List<List<String>> docs = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            int tab = line.indexOf('\t');
            if (tab > 0 && !line.substring(tab + 1).isBlank()) {
                labels.add(line.substring(0, tab));
                docs.add(terms(line.substring(tab + 1)));
            }
        }
        return labelled(name, docs, labels);
    }

    private static Labelled newport(Path file) throws IOException {
        List<List<String>> docs = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                String text = r.get("description");
                String label = r.get("request_type");
                if (text != null && !text.isBlank() && label != null && !label.isBlank()) {
                    labels.add(label);
                    docs.add(terms(text));
                }
            }
        }
        return labelled("newport-seeclickfix", docs, labels);
    }

    private static Labelled labelled(String name, List<List<String>> docs, List<String> labels) {
        Map<String, Integer> ids = new HashMap<>();
        int[] y = labels.stream().mapToInt(l -> ids.computeIfAbsent(l, x -> ids.size())).toArray();
        return new Labelled(name, docs, y, ids.size());
    }
}
