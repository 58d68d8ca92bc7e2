package org.civicthemes.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.civicthemes.model.Codebook;
import org.civicthemes.model.ImportReport;
import org.civicthemes.progress.CancellationToken;
import org.civicthemes.progress.ProgressListener;
import org.civicthemes.workflow.CodebookService;
import org.civicthemes.workflow.SampleDataService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job in local mode on three small exports (two generated, one written by hand with rows to skip), against the
 * desktop's own services on the same files.
 */
class SparkThemesJobTest {

    @TempDir
    static Path folder;
    static Path exports;
    static Path codebookFile;
    static Codebook codebook;
    static SparkSession spark;

    @BeforeAll
    static void exportsAndCodebook() throws Exception {
        spark = SparkSession.builder().master("local[2]").appName("test")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "4")
                .config("spark.sql.session.timeZone", "UTC").getOrCreate();
        exports = Files.createDirectory(folder.resolve("exports"));
        SampleDataService samples = new SampleDataService();
        samples.write(exports.resolve("a.csv"), 1_500, 311, null, null, ProgressListener.NONE,
                CancellationToken.NEVER);
        samples.write(exports.resolve("b.csv"), 1_000, 7, null, null, ProgressListener.NONE,
                CancellationToken.NEVER);
        Files.writeString(exports.resolve("c.csv"), String.join("\n",
                "Description,Created,Category,District",
                "Streetlight out on Main St,2024-03-01,Streetlights,North",
                "",
                "Pothole in front of the school,2024-03-02,Streets,South",
                ",2024-03-03,Streets,South",
                "Trash not picked up again,2024-04-05,Sanitation,East", ""), StandardCharsets.UTF_8);
        Files.writeString(exports.resolve("notes.md"), "not an export", StandardCharsets.UTF_8);
        codebookFile = folder.resolve("a.codebook.json");
        codebook = WordsOnlyCodebook.learnAndSave(DesktopThemes.importOf(exports.resolve("a.csv")), codebookFile);
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    @Test
    void withACodebookEveryRequestGetsTheThemeTheDesktopGivesIt() throws Exception {
        Path out = folder.resolve("with-codebook");
        int code = job(exports.toString(), "--out", out.toString(), "--codebook", codebookFile.toString());

        assertThat(code).isZero();
        Map<String, Integer> spark = sparkThemes(out);
        Map<String, Integer> desktop = new HashMap<>();
        for (String name : List.of("a.csv", "b.csv", "c.csv")) {
            desktop.putAll(desktopThemes(exports.resolve(name), codebook));
        }
        assertThat(spark).hasSize(1_500 + 1_000 + 4);
        // a codebook theme is a function of the text and the codebook: the same id everywhere; requests that fit
        // none are proposed themes or Unclear on both sides (proposals are found among different sets)
        Map<String, Integer> sparkCodebookThemes = new HashMap<>();
        spark.forEach((request, id) -> sparkCodebookThemes.put(request, codebookThemeOrNone(id)));
        Map<String, Integer> desktopCodebookThemes = new HashMap<>();
        desktop.forEach((request, id) -> desktopCodebookThemes.put(request, codebookThemeOrNone(id)));
        assertThat(sparkCodebookThemes).isEqualTo(desktopCodebookThemes);
        assertThat(sparkCodebookThemes.values().stream().distinct().count()).isGreaterThan(5);
    }

    @Test
    void everyRowIsAccountedForPerFileAndTheCubeHoldsEveryRequest() throws Exception {
        Path out = folder.resolve("counts");
        assertThat(job(exports.resolve("*.csv").toString(), "--out", out.toString(), "--codebook",
                codebookFile.toString())).isZero();

        JsonNode themes = new ObjectMapper().readTree(out.resolve("themes.json").toFile());
        assertThat(themes.path("format").asText()).isEqualTo("civicthemes-spark-results");
        assertThat(themes.path("files")).hasSize(3);
        long imported = 0;
        for (JsonNode file : themes.path("files")) {
            assertThat(file.path("rowsRead").asLong()).isEqualTo(
                    file.path("rowsImported").asLong() + file.path("rowsSkipped").asLong());
            imported += file.path("rowsImported").asLong();
        }
        JsonNode handWritten = themes.path("files").get(2);
        assertThat(handWritten.path("file").asText()).endsWith("c.csv");
        assertThat(handWritten.path("rowsImported").asLong()).isEqualTo(4);
        assertThat(handWritten.path("skipped").path("blank line").asLong()).isEqualTo(1);
        assertThat(themes.path("requests").asLong()).isEqualTo(imported).isEqualTo(2_504);
        long inThemes = 0;
        for (JsonNode theme : themes.path("themes")) {
            inThemes += theme.path("requests").asLong();
        }
        assertThat(inThemes + themes.path("unclear").asLong() + themes.path("noDescription").asLong())
                .isEqualTo(imported);
        assertThat(themes.path("noDescription").asLong()).isGreaterThanOrEqualTo(1);

        long cube = spark.read().parquet(out.resolve("cube").toString()).agg(
                org.apache.spark.sql.functions.sum("requests")).first().getLong(0);
        assertThat(cube).isEqualTo(imported);
        List<String> csv = Files.readAllLines(out.resolve("cube.csv"));
        assertThat(csv.get(0)).isEqualTo("theme_id,day,category,district,requests");
        assertThat(csv.stream().skip(1).mapToLong(l -> Long.parseLong(l.substring(l.lastIndexOf(',') + 1))).sum())
                .isEqualTo(imported);
        assertThat(Files.list(out.resolve("assignments")).map(p -> p.getFileName().toString())
                .filter(n -> n.startsWith("month=")).count()).isGreaterThan(12);
    }

    @Test
    void withoutACodebookThemesAreFoundOnTheSampleAndEveryRequestIsPlacedInThem() throws Exception {
        Path out = folder.resolve("discovered");
        assertThat(job(exports.toString(), "--out", out.toString(), "--sample", "1200", "--meaning", "off"))
                .isZero();

        JsonNode themes = new ObjectMapper().readTree(out.resolve("themes.json").toFile());
        assertThat(themes.path("sample").asLong()).isEqualTo(1_200);
        assertThat(themes.path("themes").size()).isGreaterThanOrEqualTo(4);
        // the themes are kept as a codebook: placing the exports by it on the desktop gives the job's themes
        Codebook found = new CodebookService().read(out.resolve("themes.codebook.json"));
        Map<String, Integer> spark = sparkThemes(out);
        Map<String, Integer> desktop = new HashMap<>();
        for (String name : List.of("a.csv", "b.csv", "c.csv")) {
            desktop.putAll(desktopThemes(exports.resolve(name), found));
        }
        Map<String, Integer> desktopPlaced = new HashMap<>();
        desktop.forEach((request, id) -> desktopPlaced.put(request, id >= found.nextId() ? 0 : id));
        assertThat(spark).isEqualTo(desktopPlaced);
    }

    @Test
    void exportsAndTheCodebookOnAnotherFileSystemAreReadThroughHadoopAndGiveWhatTheLocalFilesGive() throws Exception {
        String remote = ViewFsMount.mount(spark.sparkContext().hadoopConfiguration(), "jobtest", exports);
        Files.copy(codebookFile, exports.resolve("remote.codebook.json"), StandardCopyOption.REPLACE_EXISTING);
        Path out = folder.resolve("from-viewfs");
        assertThat(job(remote + "/*.csv", "--out", out.toString(), "--codebook", remote + "/remote.codebook.json"))
                .isZero();
        assertThat(new ObjectMapper().readTree(out.resolve("themes.json").toFile()).path("codebook").asText())
                .isEqualTo("remote.codebook.json");

        JsonNode files = new ObjectMapper().readTree(out.resolve("themes.json").toFile()).path("files");
        assertThat(files).hasSize(3);
        Map<String, Integer> desktop = new HashMap<>();
        for (int i = 0; i < 3; i++) {
            String name = List.of("a.csv", "b.csv", "c.csv").get(i);
            JsonNode counts = files.get(i);
            ImportReport report = DesktopThemes.importOf(exports.resolve(name)).report();
            assertThat(counts.path("file").asText()).isEqualTo(remote + "/" + name);
            assertThat(counts.path("refused").asText()).isEmpty();
            assertThat(counts.path("rowsRead").asLong()).isEqualTo(report.rowsRead());
            assertThat(counts.path("rowsImported").asLong()).isEqualTo(report.rowsImported());
            assertThat(counts.path("rowsSkipped").asLong()).isEqualTo(report.rowsSkipped());
            desktop.putAll(desktopThemes(exports.resolve(name), codebook));
        }
        Map<String, Integer> desktopCodebookThemes = new HashMap<>();
        desktop.forEach((request, id) -> desktopCodebookThemes.put(request, codebookThemeOrNone(id)));
        Map<String, Integer> sparkCodebookThemes = new HashMap<>();
        sparkThemes(out).forEach((request, id) -> sparkCodebookThemes.put(request, codebookThemeOrNone(id)));
        assertThat(sparkCodebookThemes).hasSize(2_504).isEqualTo(desktopCodebookThemes);
        assertThat(spark.read().parquet(out.resolve("assignments").toString()).select("file").distinct()
                .collectAsList().stream().map(r -> r.getString(0)).sorted())
                .containsExactly(remote + "/a.csv", remote + "/b.csv", remote + "/c.csv");
    }

    @Test
    void anExportThatIsNotThereIsOneSentenceAndExitCodeTwo() {
        StringWriter err = new StringWriter();
        int code = SparkThemesJob.run(new String[] {folder.resolve("missing.csv").toString(), "--out",
                folder.resolve("never").toString()}, new PrintWriter(new StringWriter()), new PrintWriter(err));

        assertThat(code).isEqualTo(2);
        assertThat(err.toString().strip()).startsWith("civic-themes-spark: No export found at ")
                .doesNotContain("Exception").doesNotContain("\n");
        assertThat(folder.resolve("never")).doesNotExist();
    }

    @Test
    void anOutputFolderNoFileSystemHandlesOrThatExistsOnAnotherFileSystemIsOneSentenceAndExitCodeTwo() {
        String remote = ViewFsMount.mount(spark.sparkContext().hadoopConfiguration(), "jobtest", exports);
        spark.sparkContext().hadoopConfiguration().set("fs.missing.impl", "org.example.MissingFileSystem");
        StringWriter err = new StringWriter();
        PrintWriter errors = new PrintWriter(err, true);

        assertThat(SparkThemesJob.run(new String[] {exports.toString(), "--out", "missing://bucket/out"},
                new PrintWriter(new StringWriter()), errors)).isEqualTo(2);
        assertThat(SparkThemesJob.run(new String[] {exports.toString(), "--out", remote},
                new PrintWriter(new StringWriter()), errors)).isEqualTo(2);

        assertThat(err.toString().strip().split("\n")).containsExactly(
                "civic-themes-spark: No file system here handles missing://bucket/out"
                        + " (java.lang.ClassNotFoundException: Class org.example.MissingFileSystem not found): give a"
                        + " local path, or a URI of a file system Spark has a connector for (hdfs://, s3a:// with"
                        + " hadoop-aws, abfss://, gs://).",
                "civic-themes-spark: The output folder " + remote + " exists already: give a new one (the job never"
                        + " writes over results).");
    }

    @Test
    void aCodebookURIThatNamesNothingIsOneSentenceAndExitCodeTwo() {
        String remote = ViewFsMount.mount(spark.sparkContext().hadoopConfiguration(), "jobtest", exports);
        StringWriter err = new StringWriter();
        int code = SparkThemesJob.run(new String[] {exports.toString(), "--out", folder.resolve("no-codebook")
                .toString(), "--codebook", remote + "/gone.codebook.json"}, new PrintWriter(new StringWriter()),
                new PrintWriter(err));

        assertThat(code).isEqualTo(2);
        assertThat(err.toString().strip()).startsWith("civic-themes-spark: The codebook " + remote
                + "/gone.codebook.json could not be read from its file system (").doesNotContain("\n");
        assertThat(folder.resolve("no-codebook")).doesNotExist();
    }

    @Test
    void aFileThatIsNotACodebookIsRefusedInOneSentenceBeforeAnythingIsRead() throws Exception {
        Path notACodebook = Files.writeString(folder.resolve("not.codebook.json"), "[1, 2, 3]");
        Path out = folder.resolve("refused");
        StringWriter err = new StringWriter();
        int code = SparkThemesJob.run(new String[] {exports.toString(), "--out", out.toString(), "--codebook",
                notACodebook.toString()}, new PrintWriter(new StringWriter()), new PrintWriter(err));

        assertThat(code).isEqualTo(2);
        assertThat(err.toString().strip()).isEqualTo("civic-themes-spark: not.codebook.json is not a CivicThemes "
                + "codebook (a codebook is a JSON file that starts with \"format\": \"civicthemes-codebook\"; save one "
                + "with analyze --save-codebook).");
        assertThat(out).doesNotExist();
    }

    private static int job(String... args) {
        return SparkThemesJob.run(args, new PrintWriter(new StringWriter()), new PrintWriter(System.err, true));
    }

    private int codebookThemeOrNone(int id) {
        return id >= codebook.nextId() ? 0 : id;
    }

    /** (file name, row) -> theme id, from the job's assignments. */
    private static Map<String, Integer> sparkThemes(Path out) {
        Map<String, Integer> themes = new HashMap<>();
        for (Row r : spark.read().parquet(out.resolve("assignments").toString())
                .select("file", "row", "theme_id").collectAsList()) {
            Integer before = themes.put(Path.of(r.getString(0)).getFileName() + ":" + r.getInt(1), r.getInt(2));
            assertThat(before).as("each request once").isNull();
        }
        return themes;
    }

    /** (file name, row) -> theme id as the desktop's assignments.csv shows it, placed by the codebook. */
    private static Map<String, Integer> desktopThemes(Path file, Codebook codebook) throws Exception {
        Map<String, Integer> themes = new HashMap<>();
        DesktopThemes.placedBy(codebook, new CodebookService(), DesktopThemes.importOf(file))
                .forEach((row, id) -> themes.put(file.getFileName() + ":" + row, id));
        return themes;
    }
}
