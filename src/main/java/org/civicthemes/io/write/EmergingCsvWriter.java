package org.civicthemes.io.write;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.civicthemes.analysis.Comparison;
import org.civicthemes.analysis.ThemeGroups;
import org.civicthemes.analysis.TrendVerdict;
import org.civicthemes.model.ThemeRun;

/**
 * Writes {@code emerging.csv}: every theme's latest period against its baseline, most unusual first, with the
 * baseline used (recent periods or the same period in earlier years) and the days it covers, the numbers behind
 * each verdict (emerging, fading, steady), and the same numbers against the other baseline.
 */
public final class EmergingCsvWriter {

    public void write(ThemeRun run, List<TrendVerdict> verdicts, Path target) throws IOException {
        int themes = run.themes().themes().size();
        CSVFormat format = CsvFile.withHeader("theme_id", "theme_label", "verdict", "baseline", "baseline_days",
                "from", "to", "latest", "expected", "baseline_count", "ratio", "p_value", "q_value",
                "other_baseline", "other_verdict", "other_expected", "other_ratio", "other_p_value", "other_q_value");
        CsvFile.write(target, format, csv -> {
            for (TrendVerdict v : verdicts) {
                int internal = ThemeGroups.themeId(v.group(), themes);
                Comparison used = v.used();
                List<Object> row = new ArrayList<>(List.of(ThemeIds.external(run, internal),
                        CsvText.safe(run.labelOf(internal)), word(used.direction()), word(used.kind()),
                        used.spans().stream().map(r -> r.from() + ".." + r.to()).collect(Collectors.joining("; ")),
                        v.from(), v.to(), v.latest(), decimal(used.expected()), used.baseline(), ratio(v, used),
                        CsvNumbers.probability(used.pValue()), CsvNumbers.probability(used.qValue())));
                Comparison other = v.other();
                if (other == null) {
                    row.addAll(List.of("", "", "", "", "", ""));
                } else {
                    row.addAll(List.of(word(other.kind()), word(other.direction()), decimal(other.expected()),
                            ratio(v, other), CsvNumbers.probability(other.pValue()), CsvNumbers.probability(other.qValue())));
                }
                csv.printRecord(row);
            }
        });
    }

    private static String word(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    private static String decimal(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private static String ratio(TrendVerdict v, Comparison c) {
        double r = v.ratio(c);
        return Double.isInfinite(r) ? "" : String.format(Locale.ROOT, "%.2f", r);
    }
}
