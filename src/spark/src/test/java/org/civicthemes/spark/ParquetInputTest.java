package org.civicthemes.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.civicthemes.model.Codebook;
import org.civicthemes.model.ImportReport;
import org.civicthemes.model.ImportResult;
import org.civicthemes.progress.CancellationToken;
import org.civicthemes.progress.ProgressListener;
import org.civicthemes.workflow.CodebookService;
import org.civicthemes.workflow.SampleDataService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job in local mode on a Parquet export (a folder of part files, as Spark writes it) holding the same rows as a
 * CSV file, against the desktop's import and codebook on that CSV file.
 */
class ParquetInputTest {

    @TempDir
    static Path folder;
    static Path csv;
    static Path parquet;
    static Path codebookFile;
    static Codebook codebook;
    static SparkSession spark;

    @BeforeAll
    static void sameRowsAsCsvAndAsParquet() throws Exception {
        spark = SparkSession.builder().master("local[2]").appName("test")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "4")
                .config("spark.sql.session.timeZone", "UTC").getOrCreate();
        Path generated = folder.resolve("generated.csv");
        new SampleDataService().write(generated, 1_200, 311, null, null, ProgressListener.NONE,
                CancellationToken.NEVER);
        List<String> header;
        List<List<String>> rows = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(generated, StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
            header = parser.getHeaderNames();
            for (CSVRecord record : parser) {
                rows.add(new ArrayList<>(record.toList()));
            }
        }
        // rows the desktop imports without text or date, and a blank one it skips
        rows.add(Arrays.asList(new String[header.size()]));
        List<String> noText = new ArrayList<>(rows.get(0));
        noText.set(header.indexOf("Description"), "");
        rows.add(noText);
        List<String> noDate = new ArrayList<>(rows.get(1));
        noDate.set(header.indexOf("Description"), "Streetlight out on Elm St, dark for a week");
        noDate.set(header.indexOf("Created Date"), "not a date");
        rows.add(noDate);

        csv = folder.resolve("riverton.csv");
        try (Writer out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8);
             CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            printer.printRecord(header);
            for (List<String> row : rows) {
                printer.printRecord(row.stream().map(v -> v == null ? "" : v).toList());
            }
        }
        StructType schema = new StructType();
        for (String column : header) {
            schema = schema.add(column, DataTypes.StringType, true);
        }
        List<Row> sparkRows = rows.stream().map(r -> RowFactory.create(r.toArray())).toList();
        parquet = folder.resolve("riverton.parquet");
        spark.createDataFrame(sparkRows, schema).coalesce(1).write().parquet(parquet.toString());

        codebookFile = folder.resolve("riverton.codebook.json");
        codebook = WordsOnlyCodebook.learnAndSave(DesktopThemes.importOf(csv), codebookFile);
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    @Test
    void everyParquetRowGetsTheThemeAndCountsTheDesktopGivesTheSameRowsFromCsv() throws Exception {
        Path out = folder.resolve("from-parquet");
        assertThat(job(parquet.toString(), "--out", out.toString(), "--codebook", codebookFile.toString()))
                .isZero();

        ImportResult desktop = DesktopThemes.importOf(csv);
        Map<Integer, Integer> desktopThemes = inCodebook(DesktopThemes.placedBy(codebook, new CodebookService(), desktop));
        Map<Integer, Integer> sparkThemes = sparkThemes(out);
        assertThat(sparkThemes).hasSize(desktop.dataset().requests().size()).isEqualTo(desktopThemes);
        assertThat(sparkThemes.values().stream().distinct().count()).isGreaterThan(5);

        JsonNode files = new ObjectMapper().readTree(out.resolve("themes.json").toFile()).path("files");
        assertThat(files).hasSize(1);
        JsonNode counts = files.get(0);
        ImportReport report = desktop.report();
        assertThat(counts.path("file").asText()).isEqualTo(parquet.toAbsolutePath().toString());
        assertThat(counts.path("refused").asText()).isEmpty();
        assertThat(counts.path("rowsRead").asLong()).isEqualTo(report.rowsRead()).isEqualTo(1_203);
        assertThat(counts.path("rowsImported").asLong()).isEqualTo(report.rowsImported()).isEqualTo(1_202);
        assertThat(counts.path("skipped").path("blank line").asLong()).isEqualTo(1);
        assertThat(counts.path("rowsWithoutText").asLong()).isEqualTo(report.rowsWithoutText()).isPositive();
        assertThat(counts.path("dateless").asLong()).isEqualTo(report.dateless()).isPositive();
        assertThat(sparkCreated(out)).isEqualTo(desktopCreated(desktop));
    }

    @Test
    void aParquetExportOnAnotherFileSystemIsReadBySparkFromItsUri() throws Exception {
        String remote = ViewFsMount.mount(spark.sparkContext().hadoopConfiguration(), "parquettest", folder);
        Path out = folder.resolve("from-viewfs");
        assertThat(job(remote + "/riverton.parquet", "--out", out.toString(), "--codebook", codebookFile.toString()))
                .isZero();

        ImportResult desktop = DesktopThemes.importOf(csv);
        assertThat(sparkThemes(out)).hasSize(1_202).isEqualTo(inCodebook(DesktopThemes.placedBy(codebook, new CodebookService(), desktop)));
        JsonNode counts = new ObjectMapper().readTree(out.resolve("themes.json").toFile()).path("files").get(0);
        assertThat(counts.path("file").asText()).isEqualTo(remote + "/riverton.parquet");
        assertThat(counts.path("rowsRead").asLong()).isEqualTo(desktop.report().rowsRead());
        assertThat(counts.path("rowsImported").asLong()).isEqualTo(desktop.report().rowsImported());
    }

    @Test
    void aSingleParquetFileWithTypedColumnsIsReadByTheColumnsTheOptionsName() throws Exception {
        StructType schema = new StructType().add("id", DataTypes.LongType, false)
                .add("opened", DataTypes.TimestampType, true).add("complaint", DataTypes.StringType, true)
                .add("kind", DataTypes.StringType, true);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            rows.add(RowFactory.create(5_000L + i, i == 0 ? null
                            : java.sql.Timestamp.from(Instant.parse("2025-06-01T08:30:00Z").plusSeconds(3_600L * i)),
                    i % 3 == 0 ? "Pothole on Main St near the school" : "Streetlight out on Elm St", "Streets"));
        }
        Path written = folder.resolve("typed");
        spark.createDataFrame(rows, schema).coalesce(1).write().parquet(written.toString());
        Path single;
        try (var parts = Files.list(written)) {
            Path part = parts.filter(p -> p.getFileName().toString().endsWith(".parquet")).findFirst().orElseThrow();
            single = Files.copy(part, folder.resolve("typed.parquet"));
        }
        Path out = folder.resolve("from-typed");

        assertThat(job(single.toString(), "--out", out.toString(), "--codebook", codebookFile.toString(), "--text",
                "complaint", "--date", "opened", "--category", "kind")).isZero();

        JsonNode counts = new ObjectMapper().readTree(out.resolve("themes.json").toFile()).path("files").get(0);
        assertThat(counts.path("rowsRead").asLong()).isEqualTo(60);
        assertThat(counts.path("rowsImported").asLong()).isEqualTo(60);
        assertThat(counts.path("dateless").asLong()).isEqualTo(1);
        Map<String, String> created = new HashMap<>();
        for (Row r : spark.read().parquet(out.resolve("assignments").toString())
                .select("request_id", "created", "category").collectAsList()) {
            assertThat(r.getString(2)).isEqualTo("Streets");
            created.put(r.getString(0), r.isNullAt(1) ? "" : r.get(1).toString());
        }
        assertThat(created).hasSize(60).containsEntry("5000", "").containsEntry("5001", "2025-06-01T09:30")
                .containsEntry("5059", "2025-06-03T19:30");
    }

    @Test
    void aColumnTheOptionsNameThatTheParquetExportLacksIsOneSentenceAndExitCodeTwo() {
        Path out = folder.resolve("no-such-column");
        StringWriter err = new StringWriter();
        int code = SparkThemesJob.run(new String[] {parquet.toString(), "--out", out.toString(), "--codebook",
                codebookFile.toString(), "--text", "Complaint"}, new PrintWriter(new StringWriter()),
                new PrintWriter(err));

        assertThat(code).isEqualTo(2);
        assertThat(err.toString().strip()).startsWith("civic-themes-spark: There is no column 'Complaint' in "
                + parquet.toAbsolutePath() + " for ").contains("its columns are: ").contains("Description")
                .doesNotContain("\n");
        assertThat(out).doesNotExist();
    }

    private static int job(String... args) {
        return SparkThemesJob.run(args, new PrintWriter(new StringWriter()), new PrintWriter(System.err, true));
    }

    /** row -> theme id, from the job's assignments (a proposed theme as 0: proposals are found on a sample). */
    private static Map<Integer, Integer> sparkThemes(Path out) {
        Map<Integer, Integer> themes = new HashMap<>();
        for (Row r : spark.read().parquet(out.resolve("assignments").toString()).select("row", "theme_id")
                .collectAsList()) {
            int id = r.getInt(1);
            assertThat(themes.put(r.getInt(0), id >= codebook.nextId() ? 0 : id)).as("each request once").isNull();
        }
        return themes;
    }

    /** row -> created date as text ("" for none), from the job's assignments. */
    private static Map<Integer, String> sparkCreated(Path out) {
        Map<Integer, String> created = new HashMap<>();
        for (Row r : spark.read().parquet(out.resolve("assignments").toString()).select("row", "created")
                .collectAsList()) {
            created.put(r.getInt(0), r.isNullAt(1) ? "" : r.get(1).toString());
        }
        return created;
    }

    private static Map<Integer, String> desktopCreated(ImportResult imported) {
        Map<Integer, String> created = new HashMap<>();
        imported.dataset().requests().forEach(r -> created.put(r.sourceRow(),
                r.created() == null ? "" : r.created().toString()));
        return created;
    }

    /** Proposed themes as Unclear: the job finds them among a sample, the desktop among all that fit none. */
    private static Map<Integer, Integer> inCodebook(Map<Integer, Integer> themes) {
        Map<Integer, Integer> out = new HashMap<>();
        themes.forEach((row, id) -> out.put(row, id >= codebook.nextId() ? 0 : id));
        return out;
    }
}
