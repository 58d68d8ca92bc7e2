package org.civicthemes.io.read;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/** TEMPORARY stand-in until the real parser lands from the roles branch: ISO dates only. */
public final class DateColumnParser {
    private DateColumnParser() {
    }

    public static DateColumnParser learn(List<String> samples) {
        return new DateColumnParser();
    }

    public Optional<LocalDateTime> parse(String raw) {
        try {
            String s = raw.trim();
            return Optional.of(s.length() == 10 ? java.time.LocalDate.parse(s).atStartOfDay() : LocalDateTime.parse(s));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    public String describe() {
        return "ISO 8601";
    }
}
