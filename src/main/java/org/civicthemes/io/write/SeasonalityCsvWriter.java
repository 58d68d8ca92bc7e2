package org.civicthemes.io.write;

import java.io.IOException;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.civicthemes.analysis.Cycle;
import org.civicthemes.analysis.CycleProfile;
import org.civicthemes.analysis.ThemeSeasonality;
import org.civicthemes.model.ThemeRun;

/**
 * Writes {@code seasonality.csv}: per theme, per cycle (month_of_year, day_of_month, day_of_week, hour_of_day), per
 * bin the count and the count it would have if it followed the rhythm of all requests, with the profile's
 * chi-square, p-value, q-value (adjusted across all the profiles of the file, Benjamini-Hochberg; blank when the
 * profile has too few requests to test), peak bin, the years that show the peak, and whether it counts as a
 * pattern (q below 0.01, and for months of the year a peak seen in at least two years).
 */
public final class SeasonalityCsvWriter {

    public void write(ThemeRun run, List<ThemeSeasonality.ThemeProfiles> profiles, Path target) throws IOException {
        CSVFormat format = CsvFile.withHeader("theme_id", "theme_label", "cycle", "bin", "count",
                "expected", "chi_square", "p_value", "q_value", "peak", "years", "years_with_peak", "patterned");
        CsvFile.write(target, format, csv -> {
            for (ThemeSeasonality.ThemeProfiles theme : profiles) {
                for (CycleProfile p : theme.profiles()) {
                    long[] counts = p.counts();
                    double[] expected = p.expected();
                    for (int b = 0; b < counts.length; b++) {
                        csv.printRecord(ThemeIds.external(run, theme.themeId()), CsvText.safe(run.labelOf(theme.themeId())),
                                p.cycle().name().toLowerCase(Locale.ROOT), binName(p.cycle(), b), counts[b],
                                String.format(Locale.ROOT, "%.2f", expected[b]),
                                String.format(Locale.ROOT, "%.2f", p.chiSquare()),
                                CsvNumbers.probability(p.pValue()), CsvNumbers.probability(p.qValue()),
                                binName(p.cycle(), p.peakBin()),
                                p.years(), p.yearsWithPeak(), p.patterned());
                    }
                }
            }
        });
    }

    static String binName(Cycle cycle, int bin) {
        return switch (cycle) {
            case MONTH_OF_YEAR -> Month.of(bin + 1).getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
            case DAY_OF_MONTH -> Integer.toString(bin + 1);
            case DAY_OF_WEEK -> DayOfWeek.of(bin + 1).getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
            case HOUR_OF_DAY -> String.format(Locale.ROOT, "%02d:00", bin);
        };
    }
}
