package org.civicthemes.sample;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One synthetic request: the exported columns, then the truth behind them that the export does not show
 * (used by tests and for judging how well themes recover the planted topics).
 *
 * @param requestId   "RIV-23-000123"; empty until the row has its place in the day
 * @param closed      null while the request is open
 * @param latitude    NaN when the CRM has no coordinates
 * @param longitude   NaN when the CRM has no coordinates
 * @param topic       the problem really described
 * @param language    the language it was written in
 * @param description how the text was made
 * @param duplicateOf the request id of an earlier report of the same problem, or empty
 */
record SampleRow(String requestId, LocalDateTime created, LocalDateTime closed, String status, String category,
                 String address, String district, double latitude, double longitude, String source,
                 Topic topic, Language language, Description description, String duplicateOf) {

    SampleRow {
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(description, "description");
    }

    String text() {
        return description.text();
    }

    /** True when the Request Type is not the official category of what the text describes. */
    boolean mislabelled() {
        return !category.equals(topic.category());
    }

    SampleRow withRequestId(String id) {
        return new SampleRow(id, created, closed, status, category, address, district, latitude, longitude, source,
                topic, language, description, duplicateOf);
    }
}
