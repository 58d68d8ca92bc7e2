package org.civicthemes.io.write;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.civicthemes.analysis.TrendVerdict;
import org.civicthemes.analysis.ThemeGroups;
import org.civicthemes.model.ThemeRun;

/**
 * Writes {@code emerging.csv}: every theme's latest period against its baseline, most unusual first, with the
 * numbers behind each verdict (emerging, fading, steady).
 */
public final class EmergingCsvWriter {

    public void write(ThemeRun run, List<TrendVerdict> verdicts, Path target) throws IOException {
        int themes = run.themes().themes().size();
        CSVFormat format = CsvFile.withHeader("theme_id", "theme_label", "verdict", "from", "to",
                "latest", "expected", "baseline", "ratio", "p_value");
        CsvFile.write(target, format, csv -> {
            for (TrendVerdict v : verdicts) {
                int internal = ThemeGroups.themeId(v.group(), themes);
                csv.printRecord(ThemeIds.external(internal), CsvText.safe(run.labelOf(internal)),
                        v.direction().name().toLowerCase(Locale.ROOT), v.from(), v.to(), v.latest(),
                        String.format(Locale.ROOT, "%.1f", v.expected()), v.baseline(),
                        Double.isInfinite(v.ratio()) ? "" : String.format(Locale.ROOT, "%.2f", v.ratio()),
                        String.format(Locale.ROOT, "%.3g", v.pValue()));
            }
        });
    }
}
