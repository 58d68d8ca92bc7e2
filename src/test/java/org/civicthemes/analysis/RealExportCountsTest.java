package org.civicthemes.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.civicthemes.io.read.SpreadsheetImporter;
import org.civicthemes.model.Dataset;
import org.civicthemes.model.DateRange;
import org.civicthemes.model.ImportOptions;
import org.civicthemes.model.ThemeOptions;
import org.civicthemes.model.ThemeRun;
import org.civicthemes.progress.CancellationToken;
import org.civicthemes.progress.ProgressListener;
import org.civicthemes.text.TextOptions;
import org.civicthemes.workflow.ThemeService;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * On real exports, themed for real: the requests the day counts give for date ranges, and the totals of trends.csv
 * per day, ISO week and month, equal a direct count of the source rows (read independently with Commons CSV, the
 * date taken as the first ten characters of the created column). The whole Newport SeeClickFix and San Francisco
 * encampment exports run when ../shared/data is beside the project; their 150-row slices in
 * src/test/resources/realdata always run.
 */
class RealExportCountsTest {

    private static final Map<Path, Counted> CACHE = new HashMap<>();

    /** An import, its themes and day counts, and the created day of every source row (null when blank). */
    private record Counted(Dataset dataset, ThemeRun run, ThemeDayCounts counts, List<LocalDate> sourceDays) {
    }

    static Stream<Arguments> exports() throws Exception {
        Path shared = Path.of(System.getProperty("civicthemes.sharedData", "../shared/data"));
        Path slices = Path.of(RealExportCountsTest.class.getResource("/realdata/README.md").toURI()).getParent();
        return Stream.of(
                Arguments.of(shared.resolve("newport-seeclickfix/newport_seeclickfix_2017.csv"), "created_at_utc"),
                Arguments.of(shared.resolve("sf311-encampments/sf311_encampments_2025.csv"), "created_at"),
                Arguments.of(slices.resolve("newport_seeclickfix_2017_head150.csv"), "created_at_utc"),
                Arguments.of(slices.resolve("sf311_encampments_2025_head150.csv"), "created_at"));
    }

    private static Counted counted(Path file, String createdColumn) throws Exception {
        assumeTrue(Files.isRegularFile(file), file + " is not there (../shared/data is not beside the project)");
        if (!CACHE.containsKey(file)) {
            Dataset dataset = new SpreadsheetImporter().importFile(file, ImportOptions.DETECT_ALL,
                    ProgressListener.NONE, CancellationToken.NEVER).dataset();
            ThemeRun run = new ThemeService().findThemes(dataset, DateRange.ALL, ThemeOptions.DEFAULTS.withThemes(6),
                    TextOptions.DEFAULTS, ProgressListener.NONE, CancellationToken.NEVER);
            List<LocalDate> days;
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                 CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                         .parse(reader)) {
                days = parser.getRecords().stream().map(r -> r.get(createdColumn))
                        .map(v -> v.isBlank() ? null : LocalDate.parse(v.substring(0, 10))).toList();
            }
            CACHE.put(file, new Counted(dataset, run, ThemeDayCounts.of(dataset, run), days));
        }
        return CACHE.get(file);
    }

    @ParameterizedTest
    @MethodSource("exports")
    void rangeCountsEqualTheSourceRowsInRange(Path file, String createdColumn) throws Exception {
        Counted c = counted(file, createdColumn);
        RangeCounts all = c.counts().countsIn(DateRange.ALL);

        assertThat(all.total() + all.undated()).isEqualTo(c.sourceDays().size());
        assertThat(all.undated()).isEqualTo(c.sourceDays().stream().filter(d -> d == null).count());
        LocalDate first = c.counts().firstDay();
        int span = (int) ChronoUnit.DAYS.between(first, c.counts().lastDay()) + 1;
        Random random = new Random(3);
        for (int trial = 0; trial < 50; trial++) {
            LocalDate from = first.plusDays(random.nextInt(span + 10) - 5);
            DateRange range = new DateRange(from, from.plusDays(random.nextInt(Math.max(1, span / 3))));
            long direct = c.sourceDays().stream().filter(range::contains).count();
            assertThat(c.counts().countsIn(range).total()).as("%s", range).isEqualTo(direct);
        }
    }

    @ParameterizedTest
    @MethodSource("exports")
    void trendTotalsPerPeriodEqualTheSourceRowsPerPeriod(Path file, String createdColumn) throws Exception {
        Counted c = counted(file, createdColumn);

        for (Period period : Period.values()) {
            Map<String, Long> direct = c.sourceDays().stream().filter(d -> d != null)
                    .collect(Collectors.groupingBy(d -> period.label(period.startOf(d)), TreeMap::new,
                            Collectors.counting()));
            Map<String, Long> trends = new TreeMap<>();
            for (TrendPoint p : Trends.of(c.counts(), DateRange.ALL, period)) {
                trends.merge(p.period(), p.count(), Long::sum);
            }
            trends.values().removeIf(n -> n == 0);
            assertThat(trends).as("%s per %s", file.getFileName(), period).isEqualTo(direct);
        }
    }

    @ParameterizedTest
    @MethodSource("exports")
    void everyThemesTrendAddsUpToItsSize(Path file, String createdColumn) throws Exception {
        Counted c = counted(file, createdColumn);
        long[] perGroup = new long[c.counts().groups()];
        Trends.of(c.counts(), DateRange.ALL, Period.MONTH).forEach(p -> perGroup[p.group()] += p.count());

        for (int t = 0; t < c.run().themes().themes().size(); t++) {
            assertThat(perGroup[t] + c.counts().undated(t)).isEqualTo(c.run().themes().themes().get(t).size());
        }
        assertThat(perGroup[c.counts().unclearGroup()] + c.counts().undated(c.counts().unclearGroup()))
                .isEqualTo(c.run().themes().unclear().size());
    }
}
