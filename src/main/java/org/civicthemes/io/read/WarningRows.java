package org.civicthemes.io.read;

import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** A note that sums up the warnings of one kind with the first rows they name, for the report's notes. */
final class WarningRows {

    private static final int ROWS_NAMED = 10;

    private WarningRows() {
    }

    /**
     * "{@code what}: 3 values (rows 5, 9, 12)." when warnings of the kind were given, the rows taken from the
     * warnings kept in full.
     */
    static Optional<String> note(WarningLog warnings, String kind, String what) {
        long count = warnings.counts().getOrDefault(kind, 0L);
        if (count == 0) {
            return Optional.empty();
        }
        String rows = warnings.kept().stream().filter(w -> w.kind().equals(kind)).limit(ROWS_NAMED)
                .map(w -> Integer.toString(w.row())).collect(Collectors.joining(", "));
        String more = count > ROWS_NAMED ? ", ..." : "";
        return Optional.of(String.format(Locale.ROOT, "%s: %,d value%s (row%s %s%s).", what, count,
                count == 1 ? "" : "s", count == 1 ? "" : "s", rows, more));
    }
}
