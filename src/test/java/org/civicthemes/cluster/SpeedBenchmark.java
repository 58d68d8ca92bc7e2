package org.civicthemes.cluster;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.civicthemes.model.ThemeOptions;
import org.civicthemes.model.ThemeSet;
import org.civicthemes.progress.CancellationToken;
import org.civicthemes.progress.ProgressListener;

/**
 * Seconds and documents per second of each stage on synthetic short documents (k = 20 topics, 6 to 12 terms a
 * document, 50,000-word Zipf vocabulary plus 400 words per topic). Not a test: run by hand with the sizes as
 * arguments, e.g. {@code 20000 200000 1000000}. -Dlsa= sets the LSA dimensions (default: the engine's default).
 */
public final class SpeedBenchmark {

    public static void main(String[] args) {
        int[] sizes = args.length == 0 ? new int[] {20_000, 200_000} : java.util.Arrays.stream(args)
                .mapToInt(Integer::parseInt).toArray();
        ThemeOptions options = ThemeOptions.DEFAULTS.withThemes(20)
                .withLsaDimensions(Integer.getInteger("lsa", ThemeOptions.DEFAULTS.lsaDimensions()));
        System.out.printf(Locale.ROOT, "cores %d, max heap %d MB, lsa %d, restarts %d%n",
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
                options.lsaDimensions(), options.restarts());
        for (int n : sizes) {
            List<List<String>> docs = generate(n, 20, 1);
            CancellationToken never = CancellationToken.NEVER;
            long t0 = System.nanoTime();
            Vocabulary vocabulary = Vocabulary.count(docs, options.minDf(), options.maxDfShare(), never);
            SparseRows tfidf = new TfIdfVectorizer(new TfIdfWeighting(true)).vectorize(docs, vocabulary, never);
            long t1 = System.nanoTime();
            Rows lsa = options.lsaDimensions() > 0
                    ? new LatentSemanticAnalysis(options.lsaDimensions()).reduce(tfidf, 1, ProgressListener.NONE, never)
                    : tfidf;
            long t2 = System.nanoTime();
            new SphericalKMeans(options.restarts(), options.maxIterations()).fit(lsa, 20, 1, ProgressListener.NONE, never);
            long t3 = System.nanoTime();
            new SphericalKMeans(options.restarts(), options.maxIterations()).fit(tfidf, 20, 1, ProgressListener.NONE, never);
            long t4 = System.nanoTime();
            ThemeSet set = new ThemeEngine(options).findThemes(new Corpus(docs), ProgressListener.NONE, never);
            long t5 = System.nanoTime();
            System.out.printf(Locale.ROOT, "%,9d docs, %,d terms, %,d non-zeros: vectorize %s | LSA %s | k-means on LSA %s"
                            + " | k-means on TF-IDF %s | whole engine (LSA) %s, %d themes%n",
                    n, vocabulary.size(), tfidf.nonZeros(), rate(n, t1 - t0), rate(n, t2 - t1), rate(n, t3 - t2),
                    rate(n, t4 - t3), rate(n, t5 - t4), set.themes().size());
        }
    }

    private static String rate(int n, long nanos) {
        double s = nanos / 1e9;
        return String.format(Locale.ROOT, "%.2f s (%,.0f docs/s)", s, n / s);
    }

    static List<List<String>> generate(int n, int topics, long seed) {
        Random random = new Random(seed);
        double[] global = zipf(50_000);
        double[] local = zipf(400);
        List<List<String>> docs = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int topic = random.nextInt(topics);
            int length = 6 + random.nextInt(7);
            List<String> doc = new ArrayList<>(length);
            for (int w = 0; w < length; w++) {
                if (random.nextDouble() < 0.6) {
                    doc.add(("t" + topic + "w" + draw(local, random)).intern());
                } else {
                    doc.add(("g" + draw(global, random)).intern());
                }
            }
            docs.add(doc);
        }
        return docs;
    }

    private static double[] zipf(int size) {
        double[] cumulative = new double[size];
        double total = 0;
        for (int i = 0; i < size; i++) {
            total += 1.0 / (i + 1);
            cumulative[i] = total;
        }
        for (int i = 0; i < size; i++) {
            cumulative[i] /= total;
        }
        return cumulative;
    }

    private static int draw(double[] cumulative, Random random) {
        int at = java.util.Arrays.binarySearch(cumulative, random.nextDouble());
        return at >= 0 ? at : Math.min(cumulative.length - 1, -at - 1);
    }
}
