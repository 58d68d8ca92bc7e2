package org.civicthemes.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.not;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.CollectionAccumulator;
import org.apache.spark.util.SerializableConfiguration;
import org.civicthemes.model.Codebook;
import org.civicthemes.model.CodebookTheme;
import org.civicthemes.model.ServiceRequest;
import org.civicthemes.model.ThemeCount;
import org.civicthemes.model.ThemeOptions;
import org.civicthemes.progress.CancellationToken;
import org.civicthemes.progress.ProgressListener;
import org.civicthemes.workflow.BadInputException;
import org.civicthemes.workflow.CodebookPlacing;
import org.civicthemes.workflow.CodebookService;
import org.civicthemes.workflow.TextChoices;
import org.civicthemes.workflow.ThemeService;

/**
 * One run of the job, stage by stage: import every export (a task per file), the codebook (read, or learned on a
 * sample), place every request in parallel, propose themes for the requests that fit none, write the results.
 */
final class ThemesRun {

    /** Fewer requests that fit no theme than this are left Unclear (as the desktop does). */
    static final int MIN_LEFTOVERS = 50;
    /** A proposed theme needs at least this many requests of the sample (as the desktop's ProposedThemes). */
    static final int MIN_PROPOSED = 10;

    private final SparkSession spark;
    private final JobSettings settings;
    private final Consumer<String> log;
    private final ThemeService themeService = new ThemeService();

    ThemesRun(SparkSession spark, JobSettings settings, Consumer<String> log) {
        this.spark = spark;
        this.settings = settings;
        this.log = log;
    }

    /** What a run did, for the terminal. */
    record Result(ThemesSummary summary) {
        String describe() {
            StringBuilder s = new StringBuilder();
            s.append(String.format(Locale.ROOT, "%,d requests from %d export(s) in %d themes; %,d unclear, %,d "
                            + "without description.%n", summary.requests(), summary.files().size(),
                    summary.themes().size(), summary.unclear(), summary.noDescription()));
            for (FileCounts f : summary.files()) {
                s.append(f.refused().isEmpty()
                        ? String.format(Locale.ROOT, "  %s: %,d rows read, %,d imported, %,d skipped %s%n", f.file(),
                        f.rowsRead(), f.rowsImported(), f.rowsSkipped(), f.skipped())
                        : String.format(Locale.ROOT, "  %s: refused: %s%n", f.file(), f.refused()));
            }
            return s.toString();
        }
    }

    Result run() throws IOException, BadInputException {
        Lap clock = new Lap();
        // a codebook that cannot be used is refused before any export is read
        Codebook given = settings.codebook() != null ? readCodebook() : null;
        CollectionAccumulator<FileCounts> counts = spark.sparkContext().collectionAccumulator("files");
        Dataset<Row> imported = importAll(counts);
        long requests = imported.count();
        List<FileCounts> files = filesOf(counts);
        long counted = files.stream().mapToLong(FileCounts::rowsImported).sum();
        if (counted != requests || files.size() != settings.files().size()) {
            // every row is accounted for: a difference is a defect, never a result
            throw new IllegalStateException("The exports' reports count " + counted + " imported requests in "
                    + files.size() + " of " + settings.files().size() + " files, but " + requests + " reached Spark");
        }
        log.accept(String.format(Locale.ROOT, "Imported %,d requests from %d export(s) (%s)", requests, files.size(),
                clock.lap()));
        if (requests == 0) {
            throw new IllegalArgumentException("No request could be imported from " + files.size()
                    + " export(s): " + files.stream().map(f -> f.file() + (f.refused().isEmpty() ? ""
                    : " (" + f.refused() + ")")).toList());
        }
        Codebook codebook = given != null ? given : learnOnSample(imported);
        if (given == null) {
            log.accept("Found " + codebook.themes().size() + " themes (" + clock.lap() + ")");
        }
        Dataset<Row> placed = place(imported, codebook).persist(StorageLevel.MEMORY_AND_DISK());
        // the burst themes' members are a small broadcast table joined to the placed requests: not kept again
        SinceBursts.Found bursts = settings.codebook() == null ? new SinceBursts.Found(placed, List.of())
                : new SinceBursts(spark, codebook, themeService).find(placed, codebook.nextId());
        if (!bursts.themes().isEmpty()) {
            log.accept("Proposed " + bursts.themes().size() + " themes for words that burst since the codebook: "
                    + bursts.themes().stream().map(ThemesSummary.ThemeSize::name).toList() + " (" + clock.lap()
                    + ")");
        }
        Proposals proposals = propose(bursts.placed(), codebook, bursts.themes());
        if (proposals.sample() > 0) {
            log.accept("Proposed " + (proposals.themes().size() - bursts.themes().size()) + " themes among the"
                    + " requests that fit none (" + clock.lap() + ")");
        }
        // read twice (assignments, cube): the requests placed in proposed themes are placed once
        Dataset<Row> all = proposals.sample() > 0 ? proposals.placed().persist(StorageLevel.MEMORY_AND_DISK())
                : proposals.placed();
        ResultsWriter writer = new ResultsWriter(settings.out(), spark.sparkContext().hadoopConfiguration());
        writer.assignments(all);
        log.accept("Placed every request and wrote the assignments (" + clock.lap() + ")");
        writer.cube(ResultsWriter.cubeOf(all));
        log.accept("Wrote the cube (" + clock.lap() + ")");
        ThemesSummary summary = summarize(all, codebook, proposals, requests, files);
        writer.themes(summary);
        if (settings.codebook() == null) {
            writer.codebook(new SampleThemes(themeService).bytesOf(codebook));
        }
        all.unpersist();
        placed.unpersist();
        imported.unpersist();
        return new Result(summary);
    }

    /** Seconds since the last lap, for the log (a run's stages take minutes on millions of requests). */
    private static final class Lap {
        private long start = System.nanoTime();

        String lap() {
            long now = System.nanoTime();
            String out = String.format(Locale.ROOT, "%.1f s", (now - start) / 1e9);
            start = now;
            return out;
        }
    }

    private Dataset<Row> importAll(CollectionAccumulator<FileCounts> counts) {
        JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
        List<ExportFile> parquet = settings.files().stream().filter(ExportFile::parquet).toList();
        List<ExportFile> others = settings.files().stream().filter(f -> !f.parquet()).toList();
        JavaRDD<Row> rows = context.parallelize(others, Math.max(1, others.size())).flatMap(new FileImport(
                settings.reading(), SerializableConfiguration.broadcast(spark.sparkContext()), counts));
        for (ExportFile export : parquet) {
            rows = rows.union(ParquetExport.requests(spark, export, settings.reading(), counts));
        }
        int partitions = settings.partitions() > 0 ? settings.partitions()
                : 4 * spark.sparkContext().defaultParallelism();
        return spark.createDataFrame(rows, RequestRows.IMPORTED).repartition(partitions)
                .persist(StorageLevel.MEMORY_AND_DISK());
    }

    /** One count per export (a retried task counts its file again: the same counts, kept once). */
    private List<FileCounts> filesOf(CollectionAccumulator<FileCounts> counts) {
        Map<String, FileCounts> byFile = new TreeMap<>();
        for (FileCounts c : counts.value()) {
            byFile.put(c.file(), c);
        }
        return new ArrayList<>(byFile.values());
    }

    private Codebook readCodebook() throws BadInputException {
        Codebook codebook = CodebookInput.read(settings.codebook(), spark.sparkContext().hadoopConfiguration(),
                new CodebookService(themeService));
        new CodebookPlacing(codebook, themeService); // a codebook of another sentence model is refused here
        return codebook;
    }

    private Codebook learnOnSample(Dataset<Row> imported) {
        ThemeOptions options = ThemeOptions.DEFAULTS.withMeaning(settings.meaning());
        List<ServiceRequest> sample = SampleThemes.sample(imported, settings.sample(), settings.seed());
        log.accept(String.format(Locale.ROOT, "Finding themes among a sample of %,d requests", sample.size()));
        return new SampleThemes(themeService).learn(sample, "sample of " + settings.files().size() + " export(s)",
                options, TextChoices.DEFAULTS, ProgressListener.NONE, CancellationToken.NEVER);
    }

    private Dataset<Row> place(Dataset<Row> requests, Codebook codebook) throws IOException {
        return requests.mapPartitions(new PartitionPlacer(share(codebook), null, settings.codebook() != null),
                Encoders.row(RequestRows.PLACED));
    }

    private SharedCodebook share(Codebook codebook) throws IOException {
        byte[] bytes = new SampleThemes(themeService).bytesOf(codebook);
        JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
        return new SharedCodebook("codebook-" + codebook.themes().size(), context.broadcast(bytes));
    }

    /**
     * The requests that fit no theme of a given codebook, grouped into proposed themes found on a sample of them and
     * placed in those in parallel, after the themes of words that burst since the codebook ({@link SinceBursts}).
     * Without a codebook given (themes learned on a sample), nothing is proposed.
     *
     * @param placed   every request, placed
     * @param themes   the proposed themes, in id order (empty: none): the burst themes, then those found
     * @param sample   the requests proposed themes were found among
     */
    private record Proposals(Dataset<Row> placed, List<ThemesSummary.ThemeSize> themes, long sample) {
    }

    private Proposals propose(Dataset<Row> placed, Codebook codebook, List<ThemesSummary.ThemeSize> bursts)
            throws IOException, BadInputException {
        if (settings.codebook() == null) {
            return new Proposals(placed, List.of(), 0);
        }
        Dataset<Row> leftovers = placed.filter(col(RequestRows.FITS_NONE));
        long count = leftovers.count();
        if (count < MIN_LEFTOVERS) {
            return new Proposals(placed, bursts, 0);
        }
        ThemeOptions options = codebook.provenance().options().withThemes(ThemeCount.AUTO)
                .withMeaning(codebook.space().hasMeaning());
        List<ServiceRequest> sample = SampleThemes.sample(leftovers, settings.sample(), settings.seed());
        log.accept(String.format(Locale.ROOT, "Proposing themes among a sample of %,d of the %,d requests that fit"
                + " no theme", sample.size(), count));
        Codebook found = new SampleThemes(themeService).learn(sample, "requests that fit no theme", options,
                SampleThemes.choicesOf(codebook.space().text()), ProgressListener.NONE, CancellationToken.NEVER);
        Map<Integer, Integer> ids = new HashMap<>();
        List<ThemesSummary.ThemeSize> themes = new ArrayList<>(bursts);
        int next = codebook.nextId() + bursts.size();
        for (CodebookTheme theme : found.themes().stream().sorted(Comparator.comparingInt(CodebookTheme::id))
                .toList()) {
            if (theme.requests() >= MIN_PROPOSED) {
                ids.put(theme.id(), next);
                themes.add(new ThemesSummary.ThemeSize(next, theme.name(), true, 0, 0));
                next++;
            }
        }
        Dataset<Row> proposed = leftovers.mapPartitions(new PartitionPlacer(share(found), ids, false),
                Encoders.row(RequestRows.PLACED));
        return new Proposals(placed.filter(not(col(RequestRows.FITS_NONE))).union(proposed), themes,
                sample.size());
    }

    private ThemesSummary summarize(Dataset<Row> all, Codebook codebook, Proposals proposals, long requests,
                                    List<FileCounts> files) {
        Map<Integer, Long> sizes = new HashMap<>();
        for (Row r : all.groupBy(RequestRows.THEME_ID).count().collectAsList()) {
            sizes.put(r.getInt(0), r.getLong(1));
        }
        List<ThemesSummary.ThemeSize> themes = new ArrayList<>();
        for (CodebookTheme theme : codebook.themes()) {
            themes.add(size(theme.id(), theme.name(), false, sizes, requests));
        }
        for (ThemesSummary.ThemeSize theme : proposals.themes()) {
            themes.add(size(theme.id(), theme.name(), true, sizes, requests));
        }
        int nextId = proposals.themes().isEmpty() ? codebook.nextId()
                : proposals.themes().get(proposals.themes().size() - 1).id() + 1;
        long sample = settings.codebook() == null ? Math.min(settings.sample(), requests) : proposals.sample();
        String meaning = codebook.space().hasMeaning() ? "on" : "off";
        return new ThemesSummary(ThemesSummary.FORMAT, ThemesSummary.VERSION,
                settings.codebook() == null ? "" : CodebookInput.nameOf(settings.codebook()), nextId, sample,
                settings.seed(), requests, sizes.getOrDefault(CodebookPlacing.UNCLEAR, 0L),
                sizes.getOrDefault(CodebookPlacing.NO_DESCRIPTION, 0L), meaning, themes, files,
                new ThemesSummary.Outputs(ResultsWriter.ASSIGNMENTS + "/", ResultsWriter.CUBE + "/",
                        ResultsWriter.CUBE_CSV));
    }

    private static ThemesSummary.ThemeSize size(int id, String name, boolean proposed, Map<Integer, Long> sizes,
                                                long requests) {
        long n = sizes.getOrDefault(id, 0L);
        return new ThemesSummary.ThemeSize(id, name, proposed, n, requests == 0 ? 0 : (double) n / requests);
    }
}
