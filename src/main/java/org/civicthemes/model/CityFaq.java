package org.civicthemes.model;

import java.util.List;
import java.util.Objects;

/**
 * The city's current FAQ, as the analyst loaded it, to tell which questions residents ask it already answers.
 *
 * @param fileName the file it was read from (its name only), for the exports
 * @param entries  its questions in file order
 */
public record CityFaq(String fileName, List<FaqEntry> entries) {

    /** No FAQ loaded: every question is reported without a coverage. */
    public static final CityFaq NONE = new CityFaq("", List.of());

    public CityFaq {
        Objects.requireNonNull(fileName, "fileName");
        entries = List.copyOf(entries);
    }

    /** Whether an FAQ was loaded. */
    public boolean isLoaded() {
        return !entries.isEmpty();
    }
}
