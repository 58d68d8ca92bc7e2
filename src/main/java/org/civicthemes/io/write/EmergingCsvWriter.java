package org.civicthemes.io.write;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.civicthemes.analysis.TrendVerdict;
import org.civicthemes.model.ThemeAssignment;
import org.civicthemes.model.ThemeRun;

/**
 * Writes {@code emerging.csv}: every theme's latest period against its baseline, most unusual first, with the
 * numbers behind each verdict (emerging, fading, steady).
 */
public final class EmergingCsvWriter {

    public void write(ThemeRun run, List<TrendVerdict> verdicts, Path target) throws IOException {
        int themes = run.themes().themes().size();
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader("theme_id", "theme_label", "verdict", "from", "to",
                "latest", "expected", "baseline", "ratio", "p_value").get();
        AtomicFile.write(target, out -> {
            BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            CSVPrinter csv = new CSVPrinter(writer, format);
            for (TrendVerdict v : verdicts) {
                int internal = v.group() < themes ? v.group()
                        : v.group() == themes ? ThemeAssignment.UNCLEAR : ThemeAssignment.NO_DESCRIPTION;
                csv.printRecord(ThemeIds.external(internal), CsvText.safe(run.labelOf(internal)),
                        v.direction().name().toLowerCase(Locale.ROOT), v.from(), v.to(), v.latest(),
                        String.format(Locale.ROOT, "%.1f", v.expected()), v.baseline(),
                        Double.isInfinite(v.ratio()) ? "" : String.format(Locale.ROOT, "%.2f", v.ratio()),
                        String.format(Locale.ROOT, "%.3g", v.pValue()));
            }
            csv.flush();
        });
    }
}
