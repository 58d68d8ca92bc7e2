import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.ml.clustering.KMeans;
import org.apache.spark.ml.feature.HashingTF;
import org.apache.spark.ml.feature.IDF;
import org.apache.spark.ml.feature.Normalizer;
import org.apache.spark.ml.feature.RegexTokenizer;
import org.apache.spark.ml.feature.StopWordsRemover;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.civicthemes.cluster.Agreement;
import org.civicthemes.model.DateRange;
import org.civicthemes.model.ImportOptions;
import org.civicthemes.model.ImportResult;
import org.civicthemes.model.ServiceRequest;
import org.civicthemes.model.ThemeOptions;
import org.civicthemes.progress.CancellationToken;
import org.civicthemes.progress.ProgressListener;
import org.civicthemes.workflow.ImportService;
import org.civicthemes.workflow.LearnedRun;
import org.civicthemes.workflow.TextChoices;
import org.civicthemes.workflow.ThemeService;

/**
 * Issue 17's question, "MLlib's k-means or ours on the driver: measure and say why": the themes of one export's
 * requests found by our engine on the driver (words only, k chosen by the engine) against the usual MLlib pipeline a
 * data team would write (tokens, stopwords, hashed term counts, IDF, unit length, k-means with our k and seed) in
 * local[*], timed after a warm-up run each, and how far the two partitions agree (NMI, ARI). MLlib is not part of the
 * build (decision 0016; figures in docs/benchmarks.md). To run it after {@code mvn -q verify -DskipTests}: resolve
 * {@code org.apache.spark:spark-mllib_2.13:4.1.0} with {@code mvn dependency:build-classpath} in a scratch pom, keep
 * the entries that are not already in {@code target/spark/spark-classpath.txt} (mllib, mllib-local, graphx,
 * streaming, breeze and its netlib, arpack, spire, algebra, cats-kernel, shapeless) as MLLIB, then
 * <pre>
 * java $OPENS -Xmx3g -cp "target/civic-themes-spark.jar:$(cat target/spark/spark-classpath.txt):$MLLIB" \
 *   src/spark/bench/MllibKMeansBench.java EXPORT [SEED]
 * </pre>
 * with OPENS the {@code --add-opens} options of {@code src/spark/dist/civic-themes-spark-local}.
 */
public final class MllibKMeansBench {

    public static void main(String[] args) throws Exception {
        Path export = Path.of(args[0]);
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 42;
        ImportResult imported = new ImportService().importFile(export, ImportOptions.DETECT_ALL,
                ProgressListener.NONE, CancellationToken.NEVER);
        ThemeService themes = new ThemeService();
        ThemeOptions options = ThemeOptions.DEFAULTS.withMeaning(false).withSeed(seed);
        LearnedRun learned = null;
        long oursNanos = 0;
        for (int round = 0; round < 2; round++) {
            long start = System.nanoTime();
            learned = themes.learnThemes(imported.dataset(), DateRange.ALL, options, TextChoices.DEFAULTS,
                    ProgressListener.NONE, CancellationToken.NEVER);
            oursNanos = System.nanoTime() - start;
        }
        LearnedRun ours = learned;
        int k = ours.run().themes().themes().size();
        int[] ourThemes = ours.run().themes().assignment().toArray();
        List<String> texts = new ArrayList<>();
        for (int doc = 0; doc < ourThemes.length; doc++) {
            ServiceRequest r = imported.dataset().requests().get(ours.run().requestIndexes().get(doc));
            texts.add(r.text() == null ? "" : r.text());
        }

        SparkSession spark = SparkSession.builder().master("local[*]").appName("mllib-bench")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "4").getOrCreate();
        Dataset<Row> rows = spark.createDataset(texts, Encoders.STRING()).toDF("text").cache();
        rows.count();
        Pipeline pipeline = new Pipeline().setStages(new PipelineStage[] {
            new RegexTokenizer().setInputCol("text").setOutputCol("tokens").setPattern("[^\\p{L}\\p{N}]+"),
            new StopWordsRemover().setInputCol("tokens").setOutputCol("words"),
            new HashingTF().setInputCol("words").setOutputCol("tf").setNumFeatures(1 << 18),
            new IDF().setInputCol("tf").setOutputCol("tfidf").setMinDocFreq(2),
            new Normalizer().setInputCol("tfidf").setOutputCol("features"),
            new KMeans().setK(k).setSeed(seed).setMaxIter(20).setFeaturesCol("features")
                    .setPredictionCol("cluster")});
        PipelineModel model = null;
        long mllibNanos = 0;
        List<Row> clusters = null;
        for (int round = 0; round < 2; round++) {
            long start = System.nanoTime();
            model = pipeline.fit(rows);
            clusters = model.transform(rows).select("cluster").collectAsList();
            mllibNanos = System.nanoTime() - start;
        }
        int[] mllib = new int[clusters.size()];
        for (int i = 0; i < mllib.length; i++) {
            mllib[i] = clusters.get(i).getInt(0);
        }
        // compared over the requests our engine put in a theme (Unclear and No description left out)
        List<Integer> kept = new ArrayList<>();
        for (int doc = 0; doc < ourThemes.length; doc++) {
            if (ourThemes[doc] >= 0) {
                kept.add(doc);
            }
        }
        int[] a = kept.stream().mapToInt(d -> ourThemes[d]).toArray();
        int[] b = kept.stream().mapToInt(d -> mllib[d]).toArray();
        System.out.printf(Locale.ROOT, "requests %d, k %d (chosen by our engine), seed %d%n", ourThemes.length, k,
                seed);
        System.out.printf(Locale.ROOT, "ours on the driver (words only: text steps, TF-IDF, LSA, k chosen, "
                + "restarts, labels): %.2f s%n", oursNanos / 1e9);
        System.out.printf(Locale.ROOT, "MLlib pipeline in local[*] (tokens, stopwords, hashed TF, IDF, k-means with "
                + "that k): %.2f s%n", mllibNanos / 1e9);
        System.out.printf(Locale.ROOT, "agreement over %d themed requests: NMI %.3f, ARI %.3f%n", a.length,
                Agreement.normalizedMutualInformation(a, b), Agreement.adjustedRandIndex(a, b));
        // the export's own category column as an outside reference (a theme is not a category, but a partition
        // that follows none of it is no theme either), and the share of the largest group
        java.util.Map<String, Integer> codes = new java.util.HashMap<>();
        int[] category = kept.stream().mapToInt(d -> codes.computeIfAbsent(String.valueOf(imported.dataset()
                .requests().get(ours.run().requestIndexes().get(d)).category()), c -> codes.size())).toArray();
        System.out.printf(Locale.ROOT, "against the export's category column: ours NMI %.3f, MLlib NMI %.3f%n",
                Agreement.normalizedMutualInformation(a, category), Agreement.normalizedMutualInformation(b, category));
        System.out.printf(Locale.ROOT, "largest group: ours %.1f%%, MLlib %.1f%% of the themed requests%n",
                100.0 * largest(a) / a.length, 100.0 * largest(b) / b.length);
        spark.stop();
    }

    private static int largest(int[] groups) {
        java.util.Map<Integer, Integer> sizes = new java.util.HashMap<>();
        for (int g : groups) {
            sizes.merge(g, 1, Integer::sum);
        }
        return sizes.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    }
}
