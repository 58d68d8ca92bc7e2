package org.civicthemes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14, item 1: one 9999-12-31 among a year of requests made trends for eight thousand years (a 47 MB
 * trends.csv, then an OutOfMemoryError in the workbook's chart). The views now span the data's real dates.
 */
class AnalyzeExtremeDatesTest {

    private static final String[] TOPICS = {"Deep pothole on Elm street near the school",
        "Graffiti tag painted on the library wall", "Streetlight out at the corner of Main and 5th",
        "Missed trash pickup on Oak avenue this week"};

    @TempDir
    Path dir;

    @Test
    void placeholderDatesDoNotStretchTheTimeViews() throws Exception {
        List<String> lines = new ArrayList<>(List.of("Created Date,Description"));
        for (int i = 0; i < 200; i++) {
            lines.add(String.format(Locale.ROOT, "2024-%02d-%02d 10:00,%s %d", 1 + i % 12, 1 + i % 28,
                    TOPICS[i % TOPICS.length], i));
        }
        lines.add("9999-12-31 00:00,Deep pothole on Elm street again");
        lines.add("0001-01-01 00:00,Graffiti tag on the library wall again");
        Path input = Files.write(dir.resolve("extreme.csv"), lines);
        StringWriter err = new StringWriter();

        int code = CivicThemesCli.run(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true),
                "analyze", input.toString(), "--out", dir.resolve("out").toString(), "--k", "3");

        assertThat(code).as(err.toString()).isZero();
        List<CSVRecord> trends;
        try (Reader reader = Files.newBufferedReader(dir.resolve("out/trends.csv"))) {
            trends = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        }
        assertThat(trends).isNotEmpty().allSatisfy(r -> assertThat(r.get("period")).startsWith("2024-"));
        assertThat(trends.stream().map(r -> r.get("period")).distinct().count()).isEqualTo(12);
        assertThat(dir.resolve("out/summary.xlsx")).isNotEmptyFile();
    }
}
