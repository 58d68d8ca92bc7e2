package org.civicthemes.workflow;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.civicthemes.analysis.EmergingOptions;
import org.civicthemes.model.CityFaq;

/**
 * What an export knows beyond the themes and the range: the city's FAQ the residents' questions are matched with,
 * how emerging themes are judged (the brief shows exactly the verdicts of emerging.csv), and the department of each
 * theme a codebook names one for.
 *
 * @param cityFaq     the city's current FAQ, or {@link CityFaq#NONE}
 * @param emerging    the period and baseline of the emerging verdicts
 * @param departments theme position to department, for the themes that have one
 */
public record ExportContext(CityFaq cityFaq, EmergingOptions emerging, Map<Integer, String> departments) {

    /** No FAQ, the default emerging choices, no departments. */
    public static final ExportContext DEFAULTS = new ExportContext(CityFaq.NONE, EmergingOptions.DEFAULTS, Map.of());

    public ExportContext {
        Objects.requireNonNull(cityFaq, "cityFaq");
        Objects.requireNonNull(emerging, "emerging");
        departments = Map.copyOf(new TreeMap<>(departments));
    }

    public ExportContext withCityFaq(CityFaq faq) {
        return new ExportContext(faq, emerging, departments);
    }
}
