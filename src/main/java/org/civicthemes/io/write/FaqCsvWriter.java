package org.civicthemes.io.write;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.civicthemes.analysis.FaqCandidate;
import org.civicthemes.analysis.ThemeGroups;
import org.civicthemes.model.ThemeRun;

/**
 * Writes {@code faq.csv}: the questions residents keep asking, by theme, with how many requests ask each, up to
 * three wordings (already redacted) and a few source rows.
 */
public final class FaqCsvWriter {

    public void write(ThemeRun run, List<FaqCandidate> candidates, Path target) throws IOException {
        int themes = run.themes().themes().size();
        CSVFormat format = CsvFile.withHeader("theme_id", "theme_label", "question", "count",
                "wordings", "source_rows", "kind");
        CsvFile.write(target, format, csv -> {
            for (FaqCandidate c : candidates) {
                int internal = ThemeGroups.themeId(c.group(), themes);
                csv.printRecord(ThemeIds.external(run, internal), CsvText.safe(run.labelOf(internal)),
                        CsvText.safe(c.question()), c.count(),
                        CsvText.safe(String.join(" | ", c.wordings())),
                        c.sourceRows().stream().map(String::valueOf).collect(Collectors.joining(" ")),
                        c.kind().label());
            }
        });
    }
}
