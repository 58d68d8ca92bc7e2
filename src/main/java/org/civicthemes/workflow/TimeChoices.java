package org.civicthemes.workflow;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.civicthemes.analysis.Baseline;
import org.civicthemes.analysis.EmergingOptions;
import org.civicthemes.analysis.Period;

/**
 * What the analyst chose about the time views and cross-tabs of a run.
 *
 * @param emerging   the period of trends.csv and of the emerging comparison, the recent periods of its baseline and
 *                   which baseline the verdict rests on
 * @param crossTabs  columns to cross-tab the themes with, besides category and district: a role (status, channel,
 *                   ...), a column name or a column letter
 * @param themesFrom whether themes are found in the date range only, or on all requests and then counted in the range
 */
public record TimeChoices(EmergingOptions emerging, List<String> crossTabs, ThemesFrom themesFrom) {

    /** Monthly trends, the latest month against the same month of earlier years, themes found in the range. */
    public static final TimeChoices DEFAULTS = new TimeChoices(EmergingOptions.DEFAULTS, List.of(), ThemesFrom.RANGE);

    /** Where the themes of a run with a date range come from. */
    public enum ThemesFrom {
        /** Group only the requests in the range: themes that describe that range (the default). */
        RANGE,
        /** Group all requests, then count in the range: the same themes for every range, comparable between them. */
        ALL
    }

    public TimeChoices {
        Objects.requireNonNull(emerging, "emerging");
        Objects.requireNonNull(themesFrom, "themesFrom");
        crossTabs = crossTabs.stream().map(String::strip).filter(c -> !c.isEmpty()).distinct().toList();
    }

    /**
     * Choices from the words a face shows: period day, week or month; the number of recent periods (null for the
     * period's default); baseline auto, recent or yearly; themes from range or all.
     *
     * @throws IllegalArgumentException with a sentence naming the word and the words allowed
     */
    public static TimeChoices of(String period, Integer recentPeriods, String baseline, List<String> crossTabs,
                                 String themesFrom) {
        Period p = word(period, Period.class, "period", "day, week or month");
        EmergingOptions emerging = EmergingOptions.of(p);
        if (recentPeriods != null) {
            emerging = emerging.withRecentPeriods(recentPeriods);
        }
        String b = baseline.strip().toLowerCase(Locale.ROOT);
        emerging = emerging.withBaseline(switch (b) {
            case "auto" -> Baseline.AUTO;
            case "recent" -> Baseline.RECENT;
            case "yearly", "earlier_years", "earlier-years" -> Baseline.EARLIER_YEARS;
            default -> throw new IllegalArgumentException("The baseline is auto, recent or yearly, not '" + baseline + "'.");
        });
        return new TimeChoices(emerging, crossTabs, word(themesFrom, ThemesFrom.class, "themes-from", "range or all"));
    }

    private static <E extends Enum<E>> E word(String value, Class<E> type, String what, String allowed) {
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("The " + what + " is " + allowed + ", not '" + value + "'.", e);
        }
    }

    /** The period of trends.csv and of the emerging comparison. */
    public Period period() {
        return emerging.period();
    }
}
