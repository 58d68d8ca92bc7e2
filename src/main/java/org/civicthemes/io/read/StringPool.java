package org.civicthemes.io.read;

import java.util.HashMap;
import java.util.Map;

/**
 * Shares one String instance per distinct value of a low-cardinality column (category, status,
 * district), which saves most of their memory on a million rows. Stops pooling past a limit, so a
 * column that turns out to be free text costs nothing extra.
 */
final class StringPool {

    private static final int MAX_VALUES = 20_000;
    private final Map<String, String> values = new HashMap<>();

    String intern(String value) {
        if (value.isEmpty()) {
            return "";
        }
        String pooled = values.get(value);
        if (pooled != null) {
            return pooled;
        }
        if (values.size() < MAX_VALUES) {
            values.put(value, value);
        }
        return value;
    }
}
