package org.civicthemes.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.civicthemes.meaning.MeaningReader;
import org.civicthemes.meaning.MeaningUnavailableException;
import org.civicthemes.meaning.MiniLmModel;
import org.civicthemes.meaning.SentenceEncoder;
import org.civicthemes.meaning.SentenceModel;
import org.civicthemes.meaning.VectorCache;
import org.civicthemes.model.Codebook;
import org.civicthemes.model.DateRange;
import org.civicthemes.model.ImportResult;
import org.civicthemes.model.ThemeOptions;
import org.civicthemes.progress.CancellationToken;
import org.civicthemes.progress.ProgressListener;
import org.civicthemes.workflow.CodebookService;
import org.civicthemes.workflow.LearnedRun;
import org.civicthemes.workflow.SampleDataService;
import org.civicthemes.workflow.TextChoices;
import org.civicthemes.workflow.ThemeService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A codebook made with meaning, applied by the job in local mode: the sentence model runs inside the tasks, which
 * share one vector cache folder (as the tasks of an executor share the machine's), and the desktop then gives every
 * request the same theme reading nothing but that cache.
 */
class SparkMeaningTest {

    @TempDir
    static Path folder;
    static Path cache;
    static SparkSession spark;
    static String cacheBefore;
    /** The vectors of the sample's texts that ship with the workbench (MeaningReader.standard() reads them). */
    static final String SAMPLE_VECTORS = "/org/civicthemes/meaning/sample-vectors.bin";

    @BeforeAll
    static void start() throws Exception {
        cache = Files.createDirectory(folder.resolve("vectors"));
        cacheBefore = System.getProperty("civicthemes.cache");
        // in local mode the tasks run in this JVM: their readers take the cache folder from here
        System.setProperty("civicthemes.cache", cache.toString());
        spark = SparkSession.builder().master("local[2]").appName("meaning")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "4")
                .config("spark.sql.session.timeZone", "UTC").getOrCreate();
    }

    @AfterAll
    static void stop() {
        spark.stop();
        if (cacheBefore == null) {
            System.clearProperty("civicthemes.cache");
        } else {
            System.setProperty("civicthemes.cache", cacheBefore);
        }
    }

    @Test
    void tasksReadingMeaningAtOnceKeepEveryVectorAndPlaceEveryRequestAsTheDesktopDoes() throws Exception {
        SampleDataService samples = new SampleDataService();
        Path learnedOn = folder.resolve("learned-on.csv");
        samples.write(learnedOn, 600, 311, null, null, ProgressListener.NONE, CancellationToken.NEVER);
        Path export = Files.createDirectory(folder.resolve("exports")).resolve("later.csv");
        samples.write(export, 1_200, 7, null, null, ProgressListener.NONE, CancellationToken.NEVER);
        Codebook codebook = codebookWithMeaning(DesktopThemes.importOf(learnedOn), folder.resolve("meaning.codebook.json"));
        assertThat(codebook.space().hasMeaning()).isTrue();

        Path out = folder.resolve("out");
        int code = SparkThemesJob.run(new String[] {export.toString(), "--out", out.toString(), "--codebook",
                folder.resolve("meaning.codebook.json").toString(), "--partitions", "4"},
                new PrintWriter(new StringWriter()), new PrintWriter(System.err, true));
        assertThat(code).isZero();

        // the desktop's reader here cannot run the model: every vector it needs beyond the sample's shipped ones
        // (many generated texts are the sample's) must be in the cache the tasks wrote
        MiniLmModel model = new MiniLmModel();
        VectorCache written = new VectorCache(cache, model.id(), model.dimensions(), Long.MAX_VALUE);
        assertThat(Files.size(written.file())).as("hundreds of vectors written").isGreaterThan(200L * 400);
        ThemeService cacheOnly = new ThemeService(() -> new MeaningReader(new CacheOnlyModel(model), written,
                SAMPLE_VECTORS, 1));
        Map<Integer, Integer> desktop = DesktopThemes.placedBy(codebook, new CodebookService(cacheOnly),
                DesktopThemes.importOf(export));
        Map<Integer, Integer> job = jobThemes(out);
        assertThat(job).hasSize(desktop.size()).hasSizeGreaterThan(1_100);
        Map<Integer, Integer> jobInCodebook = new HashMap<>();
        job.forEach((row, id) -> jobInCodebook.put(row, id >= codebook.nextId() ? 0 : id));
        Map<Integer, Integer> desktopInCodebook = new HashMap<>();
        desktop.forEach((row, id) -> desktopInCodebook.put(row, id >= codebook.nextId() ? 0 : id));
        assertThat(jobInCodebook).isEqualTo(desktopInCodebook);
        assertThat(jobInCodebook.values().stream().distinct().count()).isGreaterThan(5);
    }

    private static Codebook codebookWithMeaning(ImportResult export, Path file) throws Exception {
        ThemeService themes = new ThemeService();
        LearnedRun learned = themes.learnThemes(export.dataset(), DateRange.ALL, ThemeOptions.DEFAULTS.withMeaning(true),
                TextChoices.DEFAULTS, ProgressListener.NONE, CancellationToken.NEVER);
        CodebookService codebooks = new CodebookService(themes);
        Codebook codebook = codebooks.make(export.dataset(), learned, learned.run(), TextChoices.DEFAULTS,
                Instant.parse("2026-12-07T12:00:00Z"), CancellationToken.NEVER);
        codebooks.save(codebook, file, false);
        return codebook;
    }

    /** Row -> theme id, from the job's assignments (one export). */
    private static Map<Integer, Integer> jobThemes(Path out) {
        Map<Integer, Integer> themes = new HashMap<>();
        for (Row r : spark.read().parquet(out.resolve("assignments").toString()).select("row", "theme_id")
                .collectAsList()) {
            assertThat(themes.put(r.getInt(0), r.getInt(1))).as("each request once").isNull();
        }
        return themes;
    }

    /** The bundled model's identity, but no encoder: a reader over it finds vectors in its cache or fails. */
    private record CacheOnlyModel(SentenceModel inner) implements SentenceModel {

        @Override
        public String id() {
            return inner.id();
        }

        @Override
        public int dimensions() {
            return inner.dimensions();
        }

        @Override
        public SentenceEncoder newEncoder() {
            throw new MeaningUnavailableException("this test's reader only reads the cache", null);
        }
    }
}
