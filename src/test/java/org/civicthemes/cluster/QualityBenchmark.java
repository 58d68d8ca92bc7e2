package org.civicthemes.cluster;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.civicthemes.model.KScore;
import org.civicthemes.model.ThemeOptions;
import org.civicthemes.model.ThemeSet;
import org.civicthemes.progress.CancellationToken;
import org.civicthemes.progress.ProgressListener;
import org.civicthemes.sample.SampleTruth;
import org.civicthemes.text.TextOptions;
import org.civicthemes.text.TextPipeline;

/**
 * Theme quality on labelled data, beside scikit-learn's scores (shared/data/README.md). Not a test: a main run by
 * hand with the shared data folder as argument. Every text goes through the real {@link TextPipeline} with
 * {@link TextOptions#DEFAULTS}, then {@link ThemeEngine} with k = the number of labels, Unclear off (every document
 * with terms gets a theme; documents without terms count as one extra group). Mean NMI / ARI over seeds 0..n-1, with
 * and without LSA, and the mean ARI between the runs of consecutive seeds. Labels are used only for measuring.
 *
 * <p>Sets: Newport SeeClickFix (description vs request_type, rows with text), the five short-text benchmarks, and the
 * bundled Riverton sample (text vs the topic really described; it has no scikit-learn reference). For the sample it
 * also prints how many Spanish rows land in a theme whose English majority is their own topic.
 * Options: -Dstem=false, -Dphrases=false, -DphraseMode=ADD (text), -Dlsa=, -DminDf=, -DmaxDf=, -Drestarts=, -Dsublinear=, -Dseeds=, -Dsets=name,prefixes, -Dauto=true
 * (print the k chosen automatically on each set and the score of every k tried).
 */
public final class QualityBenchmark {

    /** scikit-learn's scores from shared/data/README.md: tf-idf NMI, ARI, then LSA NMI, ARI. */
    private static final Map<String, double[]> SKLEARN = Map.of(
            "newport-seeclickfix", new double[] {0.248, 0.061, 0.248, 0.067},
            "biomedical", new double[] {0.251, 0.055, 0.305, 0.136},
            "searchsnippets", new double[] {0.114, 0.027, 0.211, 0.099},
            "agnews_8000", new double[] {0.234, 0.136, 0.356, 0.307},
            "googlenews_TS", new double[] {0.886, 0.555, 0.920, 0.739},
            "tweet", new double[] {0.763, 0.265, 0.821, 0.442});
    private static final double[] NO_REFERENCE = {Double.NaN, Double.NaN, Double.NaN, Double.NaN};

    private record Labelled(String name, List<String> texts, int[] labels, int k, boolean[] spanish) {
    }

    public static void main(String[] args) throws IOException {
        Path data = Path.of(args.length > 0 ? args[0] : "../shared/data");
        String only = System.getProperty("sets", "");
        List<String> names = new ArrayList<>(List.of("newport-seeclickfix", "biomedical", "searchsnippets",
                "agnews_8000", "googlenews_TS", "tweet", "riverton-sample"));
        if (!only.isEmpty()) {
            names.removeIf(n -> Arrays.stream(only.split(",")).noneMatch(n::startsWith));
            Arrays.stream(only.split(",")).filter(n -> n.matches("riverton-[0-9]+k")).forEach(names::add);
        }
        ThemeOptions base = ThemeOptions.DEFAULTS.withMeaning(false);
        base = base.withDocumentFrequency(Integer.getInteger("minDf", base.minDf()),
                        Double.parseDouble(System.getProperty("maxDf", Double.toString(base.maxDfShare()))))
                .withRestarts(Integer.getInteger("restarts", base.restarts()))
                .withSublinearTf(Boolean.parseBoolean(System.getProperty("sublinear", Boolean.toString(base.sublinearTf()))))
                .withUnclearThreshold(0);
        int lsa = Integer.getInteger("lsa", base.lsaDimensions() > 0 ? base.lsaDimensions() : 100);
        int seeds = Integer.getInteger("seeds", 3);
        boolean auto = Boolean.getBoolean("auto");
        TextOptions text = TextOptions.DEFAULTS
                .withStemming(Boolean.parseBoolean(System.getProperty("stem", "true")))
                .withPhrases(Boolean.parseBoolean(System.getProperty("phrases", "true"))
                        ? TextOptions.DEFAULTS.phrases().withMode(org.civicthemes.text.PhraseMode.valueOf(
                                System.getProperty("phraseMode", TextOptions.DEFAULTS.phrases().mode().name())))
                        : org.civicthemes.text.PhraseOptions.OFF);
        System.out.printf(Locale.ROOT, "options: minDf=%d maxDf=%.2f restarts=%d sublinear=%s lsa=%d seeds=%d text=defaults%n",
                base.minDf(), base.maxDfShare(), base.restarts(), base.sublinearTf(), lsa, seeds);
        System.out.printf(Locale.ROOT, "%-20s %4s | %-13s %-13s | %-13s %-13s | %6s %6s | %s%n", "data", "k",
                "ours tfidf", "sk tfidf", "ours LSA", "sk LSA", "s tfidf", "s LSA", "seed ARI tfidf/LSA");
        double[] wins = new double[4];
        for (String name : names) {
            Labelled set = load(data, name);
            long start = System.nanoTime();
            Corpus corpus = Corpus.of(new TextPipeline(text).prepare(set.texts(), ProgressListener.NONE,
                    CancellationToken.NEVER));
            double textSeconds = (System.nanoTime() - start) / 1e9;
            if (System.getProperty("kexp") != null) {
                String[] r = System.getProperty("kexp").split("-");
                AutoKExperiment.run(set.name(), corpus, set.k(), set.labels(), Integer.getInteger("ksample", 3000),
                        Integer.parseInt(r[0]), Integer.parseInt(r[1]));
                continue;
            }
            if (auto) {
                autoK(corpus, set, base.withLsaDimensions(lsa));
                continue;
            }
            if (System.getProperty("meaning") != null) {
                compareMeaning(set, text, base.withThemes(set.k()).withLsaDimensions(lsa), seeds,
                        System.getProperty("meaning"));
                continue;
            }
            double[] plain = evaluate(corpus, set, base.withThemes(set.k()).withLsaDimensions(0), seeds);
            double[] reduced = evaluate(corpus, set, base.withThemes(set.k()).withLsaDimensions(lsa), seeds);
            double[] sk = SKLEARN.getOrDefault(set.name(), NO_REFERENCE);
            System.out.printf(Locale.ROOT,
                    "%-20s %4d | %.3f / %.3f %.3f / %.3f | %.3f / %.3f %.3f / %.3f | %6.2f %6.2f | %.2f / %.2f (text %.1f s)%n",
                    set.name(), set.k(), plain[0], plain[1], sk[0], sk[1], reduced[0], reduced[1], sk[2], sk[3],
                    plain[2], reduced[2], plain[3], reduced[3], textSeconds);
            if (set.spanish() != null) {
                System.out.printf(Locale.ROOT, "%-20s Spanish rows in a theme whose English majority is their topic: "
                        + "tfidf %.1f %%, LSA %.1f %%%n", "", 100 * plain[4], 100 * reduced[4]);
            }
            if (sk != NO_REFERENCE) {
                wins[0] += plain[0] - sk[0];
                wins[1] += plain[1] - sk[1];
                wins[2] += reduced[0] - sk[2];
                wins[3] += reduced[1] - sk[3];
            }
        }
        System.out.printf(Locale.ROOT, "sum of differences to scikit-learn: tfidf NMI %+.3f ARI %+.3f, LSA NMI %+.3f ARI %+.3f%n",
                wins[0], wins[1], wins[2], wins[3]);
    }

    /**
     * Words only (LSA) beside words and meaning at each weight of the words: NMI / ARI against the labels, the ARI
     * between consecutive seeds, and for the sample the share of Spanish rows in their topic's theme. Vectors are
     * cached in -DmeaningCache (default /tmp/civicthemes-bench-cache).
     */
    private static void compareMeaning(Labelled set, TextOptions text, ThemeOptions options, int seeds, String weights) {
        org.civicthemes.text.PreparedCorpus prepared = new TextPipeline(text).prepare(set.texts(), ProgressListener.NONE,
                CancellationToken.NEVER);
        Corpus corpus = Corpus.of(prepared);
        org.civicthemes.meaning.MiniLmModel model = new org.civicthemes.meaning.MiniLmModel();
        org.civicthemes.meaning.MeaningReader reader = new org.civicthemes.meaning.MeaningReader(model,
                new org.civicthemes.meaning.VectorCache(java.nio.file.Path.of(System.getProperty("meaningCache",
                        "/tmp/civicthemes-bench-cache")), model.id(), model.dimensions(), 1L << 32),
                null, Runtime.getRuntime().availableProcessors());
        List<String> readable = new ArrayList<>();
        for (org.civicthemes.text.PreparedText doc : prepared.documents()) {
            boolean english = doc.language() == org.civicthemes.text.Language.ENGLISH
                    || doc.language() == org.civicthemes.text.Language.UNDETERMINED;
            readable.add(english && !doc.displayText().isBlank() ? doc.displayText() : null);
        }
        long start = System.nanoTime();
        float[][] all = reader.read(readable, ProgressListener.NONE, CancellationToken.NEVER);
        double readSeconds = (System.nanoTime() - start) / 1e9;
        MeaningSource source = (documents, progress, cancel) -> new MeaningSource.Meanings(
                java.util.stream.IntStream.of(documents).mapToObj(d -> all[d]).toArray(float[][]::new), "test", "");
        double[] words = evaluate(corpus, set, options.withMeaning(false), seeds, source, MeaningJoin.WORD_WEIGHT);
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-20s %4d | words %.3f / %.3f seeds %.2f",
                set.name(), set.k(), words[0], words[1], words[3]));
        if (set.spanish() != null) {
            line.append(String.format(Locale.ROOT, " es %.1f%%", 100 * words[4]));
        }
        for (String w : weights.split(",")) {
            double weight = Double.parseDouble(w);
            double[] m = evaluate(corpus, set, options.withMeaning(true), seeds, source, weight);
            line.append(String.format(Locale.ROOT, " | w=%.2f %.3f / %.3f seeds %.2f", weight, m[0], m[1], m[3]));
            if (set.spanish() != null) {
                line.append(String.format(Locale.ROOT, " es %.1f%%", 100 * m[4]));
            }
        }
        System.out.println(line.append(String.format(Locale.ROOT, " (meaning read in %.1f s)", readSeconds)));
    }

    private static void autoK(Corpus corpus, Labelled set, ThemeOptions options) {
        long start = System.nanoTime();
        ThemeSet themes = new ThemeEngine(options.withThemes(org.civicthemes.model.ThemeCount.AUTO))
                .findThemes(corpus, ProgressListener.NONE, CancellationToken.NEVER);
        double seconds = (System.nanoTime() - start) / 1e9;
        int[] predicted = themes.assignment().toArray();
        StringBuilder scores = new StringBuilder();
        for (KScore s : themes.kScores()) {
            scores.append(String.format(Locale.ROOT, " %d:%.3f", s.k(), s.score()));
        }
        System.out.printf(Locale.ROOT, "%-20s labels %3d  auto k %3d  NMI %.3f ARI %.3f  %.1f s |%s%n", set.name(), set.k(),
                themes.themes().size(), Agreement.normalizedMutualInformation(set.labels(), predicted),
                Agreement.adjustedRandIndex(set.labels(), predicted), seconds, scores);
    }

    private static double[] evaluate(Corpus corpus, Labelled set, ThemeOptions options, int seeds) {
        return evaluate(corpus, set, options, seeds, MeaningSource.NONE, MeaningJoin.WORD_WEIGHT);
    }

    /** Mean NMI, mean ARI, mean seconds, mean ARI between consecutive seeds, mean Spanish-joins-topic share. */
    private static double[] evaluate(Corpus corpus, Labelled set, ThemeOptions options, int seeds,
                                     MeaningSource meaning, double wordWeight) {
        double nmi = 0;
        double ari = 0;
        double seconds = 0;
        double stability = 0;
        double joined = 0;
        int[] previous = null;
        for (int s = 0; s < seeds; s++) {
            long start = System.nanoTime();
            ThemeSet themes = new ThemeEngine(options.withSeed(s), wordWeight, Integer.getInteger("meaningSample", ThemeEngine.MEANING_SAMPLE)).findThemes(corpus, meaning,
                    ProgressListener.NONE, CancellationToken.NEVER);
            seconds += (System.nanoTime() - start) / 1e9;
            int[] predicted = themes.assignment().toArray();
            nmi += Agreement.normalizedMutualInformation(set.labels(), predicted);
            ari += Agreement.adjustedRandIndex(set.labels(), predicted);
            if (previous != null) {
                stability += Agreement.adjustedRandIndex(previous, predicted);
            }
            previous = predicted;
            if (set.spanish() != null) {
                joined += spanishJoinTopic(set, predicted);
            }
        }
        return new double[] {nmi / seeds, ari / seeds, seconds / seeds, seeds > 1 ? stability / (seeds - 1) : 1,
                joined / seeds};
    }

    /** Share of Spanish rows whose theme's most common topic among its non-Spanish rows is their own topic. */
    static double spanishJoinTopic(Labelled set, int[] predicted) {
        Map<Integer, Map<Integer, Integer>> topicsPerTheme = new HashMap<>();
        for (int i = 0; i < predicted.length; i++) {
            if (!set.spanish()[i]) {
                topicsPerTheme.computeIfAbsent(predicted[i], x -> new HashMap<>()).merge(set.labels()[i], 1, Integer::sum);
            }
        }
        int spanish = 0;
        int joined = 0;
        for (int i = 0; i < predicted.length; i++) {
            if (set.spanish()[i]) {
                spanish++;
                Map<Integer, Integer> topics = topicsPerTheme.getOrDefault(predicted[i], Map.of());
                int majority = topics.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(-1);
                if (majority == set.labels()[i]) {
                    joined++;
                }
            }
        }
        return spanish == 0 ? 0 : joined / (double) spanish;
    }

    private static Labelled load(Path data, String name) throws IOException {
        if (name.equals("newport-seeclickfix")) {
            return newport(data.resolve("newport-seeclickfix").resolve("newport_seeclickfix_2017.csv"));
        }
        if (name.equals("riverton-sample")) {
            return riverton(SampleTruth.bundledRowsWithText(), name);
        }
        if (name.startsWith("riverton-") && name.endsWith("k")) {
            int rows = Integer.parseInt(name.substring("riverton-".length(), name.length() - 1)) * 1000;
            return riverton(SampleTruth.rowsWithText(org.civicthemes.sample.SampleOptions.defaults().withRows(rows)), name);
        }
        return tsv(name, data.resolve("short-text-benchmarks").resolve(name + ".tsv"));
    }

    private static Labelled tsv(String name, Path file) throws IOException {
        List<String> docs = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            int tab = line.indexOf('\t');
            if (tab > 0 && !line.substring(tab + 1).isBlank()) {
                labels.add(line.substring(0, tab));
                docs.add(line.substring(tab + 1));
            }
        }
        return labelled(name, docs, labels, null);
    }

    private static Labelled newport(Path file) throws IOException {
        List<String> docs = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                String text = r.get("description");
                String label = r.get("request_type");
                if (text != null && !text.isBlank() && label != null && !label.isBlank()) {
                    labels.add(label);
                    docs.add(text);
                }
            }
        }
        return labelled("newport-seeclickfix", docs, labels, null);
    }

    private static Labelled riverton(List<SampleTruth.Row> rows, String name) {
        boolean[] spanish = new boolean[rows.size()];
        for (int i = 0; i < spanish.length; i++) {
            spanish[i] = rows.get(i).language().equals("SPANISH");
        }
        return labelled(name, rows.stream().map(SampleTruth.Row::text).toList(),
                rows.stream().map(SampleTruth.Row::topic).toList(), spanish);
    }

    private static Labelled labelled(String name, List<String> docs, List<String> labels, boolean[] spanish) {
        Map<String, Integer> ids = new HashMap<>();
        int[] y = labels.stream().mapToInt(l -> ids.computeIfAbsent(l, x -> ids.size())).toArray();
        return new Labelled(name, docs, y, ids.size(), spanish);
    }
}
