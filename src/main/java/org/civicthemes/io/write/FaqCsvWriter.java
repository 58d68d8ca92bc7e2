package org.civicthemes.io.write;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.civicthemes.analysis.FaqCandidate;
import org.civicthemes.model.ThemeAssignment;
import org.civicthemes.model.ThemeRun;

/**
 * Writes {@code faq.csv}: the questions residents keep asking, by theme, with how many requests ask each, up to
 * three wordings (already redacted) and a few source rows.
 */
public final class FaqCsvWriter {

    public void write(ThemeRun run, List<FaqCandidate> candidates, Path target) throws IOException {
        int themes = run.themes().themes().size();
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader("theme_id", "theme_label", "question", "count",
                "wordings", "source_rows").get();
        AtomicFile.write(target, out -> {
            BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            CSVPrinter csv = new CSVPrinter(writer, format);
            for (FaqCandidate c : candidates) {
                int internal = c.group() < themes ? c.group()
                        : c.group() == themes ? ThemeAssignment.UNCLEAR : ThemeAssignment.NO_DESCRIPTION;
                csv.printRecord(ThemeIds.external(internal), CsvText.safe(run.labelOf(internal)),
                        CsvText.safe(c.question()), c.count(),
                        CsvText.safe(String.join(" | ", c.wordings())),
                        c.sourceRows().stream().map(String::valueOf).collect(Collectors.joining(" ")));
            }
            csv.flush();
        });
    }
}
