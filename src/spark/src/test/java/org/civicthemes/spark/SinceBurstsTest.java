package org.civicthemes.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.civicthemes.model.Codebook;
import org.civicthemes.model.Dataset;
import org.civicthemes.model.DateRange;
import org.civicthemes.model.ImportOptions;
import org.civicthemes.model.ThemeOptions;
import org.civicthemes.model.ThemeRun;
import org.civicthemes.progress.CancellationToken;
import org.civicthemes.progress.ProgressListener;
import org.civicthemes.workflow.CodebookService;
import org.civicthemes.workflow.ImportService;
import org.civicthemes.workflow.LearnedRun;
import org.civicthemes.workflow.TextChoices;
import org.civicthemes.workflow.ThemeService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Words that burst since the codebook, in the job as on the desktop: the bundled sample, a codebook learned on its
 * 2023-2024 requests (as {@code analyze --to 2024-12-31 --save-codebook} makes it, with meaning: the sample's vectors
 * ship with CivicThemes), applied to the whole export by the job in local mode and by the desktop's
 * {@code analyze --codebook} services. One run of each, several checks.
 */
class SinceBurstsTest {

    private static final String SAMPLE = "../../sample-data/riverton-311-requests.xlsx";

    @TempDir
    static Path folder;
    static Codebook codebook;
    static Dataset sample;
    static ThemeRun desktop;
    static Path out;
    static SparkSession spark;

    @BeforeAll
    static void codebookOfTheFirstTwoYearsAppliedToTheWholeExport() throws Exception {
        sample = new ImportService().importFile(Path.of(SAMPLE), ImportOptions.DETECT_ALL, ProgressListener.NONE,
                CancellationToken.NEVER).dataset();
        ThemeService themes = new ThemeService();
        CodebookService codebooks = new CodebookService(themes);
        LearnedRun learned = themes.learnThemes(sample, new DateRange(null, LocalDate.of(2024, 12, 31)),
                ThemeOptions.DEFAULTS, TextChoices.DEFAULTS, ProgressListener.NONE, CancellationToken.NEVER);
        codebook = codebooks.make(sample, learned, learned.run(), TextChoices.DEFAULTS,
                Instant.parse("2026-12-07T12:00:00Z"), CancellationToken.NEVER);
        Path file = folder.resolve("riverton.codebook.json");
        codebooks.save(codebook, file, false);
        desktop = codebooks.apply(sample, DateRange.ALL, codebook, file.getFileName().toString(),
                ProgressListener.NONE, CancellationToken.NEVER);

        spark = SparkSession.builder().master("local[2]").appName("test")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "4")
                .config("spark.sql.session.timeZone", "UTC").getOrCreate();
        out = folder.resolve("job");
        int code = SparkThemesJob.run(new String[] {SAMPLE, "--out", out.toString(), "--codebook", file.toString()},
                new PrintWriter(new StringWriter()), new PrintWriter(System.err, true));
        assertThat(code).isZero();
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    @Test
    void theEScootersSinceTheCodebookAreProposedWithTheDesktopsRequestsAndName() throws Exception {
        int known = codebook.themes().size();
        assertThat(desktop.labelOf(known)).as("the desktop's first proposed theme").contains("scooters");
        int[] desktopMembers = desktop.themes().assignment().documentsOf(known);
        Set<Integer> desktopRows = new TreeSet<>();
        for (int d : desktopMembers) {
            desktopRows.add(sample.requests().get(desktop.requestIndexes().get(d)).sourceRow());
        }
        assertThat(desktopRows).hasSize(81);

        JsonNode first = new ObjectMapper().readTree(out.resolve("themes.json").toFile()).path("themes").get(known);
        assertThat(first.path("id").asInt()).isEqualTo(codebook.nextId());
        assertThat(first.path("proposed").asBoolean()).isTrue();
        assertThat(first.path("name").asText()).isEqualTo(desktop.labelOf(known));
        assertThat(first.path("requests").asLong()).isEqualTo(81);
        Set<Integer> jobRows = new TreeSet<>();
        jobThemes().forEach((row, id) -> {
            if (id == codebook.nextId()) {
                jobRows.add(row);
            }
        });
        assertThat(jobRows).isEqualTo(desktopRows);
    }

    @Test
    void everyRequestInACodebookThemeOrABurstThemeOnTheDesktopHasTheSameThemeInTheJob() {
        int bursts = 1;
        Map<Integer, Integer> job = new HashMap<>();
        jobThemes().forEach((row, id) -> job.put(row, placedOrNone(id, bursts)));
        Map<Integer, Integer> desk = new HashMap<>();
        DesktopThemes.byRow(sample, desktop).forEach((row, id) -> desk.put(row, placedOrNone(id, bursts)));
        assertThat(job).hasSize(sample.requests().size()).isEqualTo(desk);
        assertThat(job.values().stream().filter(id -> id > 0).count()).as("in a codebook or burst theme")
                .isGreaterThan(sample.requests().size() * 8L / 10);
    }

    /** A codebook or burst theme's id as it is; a theme proposed among the requests that fit none as 0 (fits none). */
    private int placedOrNone(int id, int bursts) {
        return id >= codebook.nextId() + bursts ? 0 : id;
    }

    /** Source row -> theme id, from the job's assignments (the sample is one export). */
    private static Map<Integer, Integer> jobThemes() {
        Map<Integer, Integer> themes = new HashMap<>();
        for (Row r : spark.read().parquet(out.resolve("assignments").toString()).select("row", "theme_id")
                .collectAsList()) {
            themes.put(r.getInt(0), r.getInt(1));
        }
        return themes;
    }
}
