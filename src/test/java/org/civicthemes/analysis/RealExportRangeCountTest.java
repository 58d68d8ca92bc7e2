package org.civicthemes.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
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
import org.junit.jupiter.api.Test;

/**
 * On the real Newport SeeClickFix export, themed for real: the requests the day counts give for a date range equal
 * a direct count of the source rows whose created date falls in it (read independently with Commons CSV).
 */
class RealExportRangeCountTest {

    @Test
    void rangeCountsEqualTheSourceRowsInRange() throws Exception {
        Path file = Path.of(System.getProperty("civicthemes.sharedData", "../shared/data"),
                "newport-seeclickfix/newport_seeclickfix_2017.csv");
        assumeTrue(Files.isRegularFile(file), "../shared/data is not beside the project");
        Dataset dataset = new SpreadsheetImporter().importFile(file, ImportOptions.DETECT_ALL, ProgressListener.NONE,
                CancellationToken.NEVER).dataset();
        ThemeRun run = new ThemeService().findThemes(dataset, DateRange.ALL, ThemeOptions.DEFAULTS.withThemes(12),
                TextOptions.DEFAULTS, ProgressListener.NONE, CancellationToken.NEVER);
        ThemeDayCounts counts = ThemeDayCounts.of(dataset, run);
        List<LocalDate> sourceDays;
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
            sourceDays = parser.getRecords().stream().map(r -> r.get("created_at_utc"))
                    .map(v -> v.isBlank() ? null : LocalDate.parse(v.substring(0, 10))).toList();
        }
        assertThat(counts.countsIn(DateRange.ALL).total() + counts.countsIn(DateRange.ALL).undated())
                .isEqualTo(sourceDays.size());
        Random random = new Random(3);
        for (int trial = 0; trial < 50; trial++) {
            LocalDate from = LocalDate.of(2009, 1, 1).plusDays(random.nextInt(3300));
            DateRange range = new DateRange(from, from.plusDays(random.nextInt(700)));
            long direct = sourceDays.stream().filter(range::contains).count();
            assertThat(counts.countsIn(range).total()).as("%s", range).isEqualTo(direct);
        }
    }
}
