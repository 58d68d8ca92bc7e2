package org.civicthemes.cli;

import java.util.Locale;
import java.util.Optional;

/**
 * The one line for a run that ran out of memory: what happened, how much heap it had, and what to do (more heap
 * through CIVIC_THEMES_JAVA_OPTS, or fewer requests through a date range). Running out of memory on a large export
 * is a limit of this computer's settings, not a bug, so it is reported as bad input (exit code 2).
 */
final class OutOfMemoryAdvice {

    private static final long MB = 1024 * 1024;

    private OutOfMemoryAdvice() {
    }

    /** The OutOfMemoryError behind a failure, however deep it is wrapped (a worker thread's error is). */
    static Optional<OutOfMemoryError> find(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof OutOfMemoryError oom) {
                return Optional.of(oom);
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return Optional.empty();
    }

    static String message(long maxHeapBytes) {
        long heapMb = maxHeapBytes / MB;
        long suggestedGb = Math.max(2, (2 * heapMb + 1023) / 1024);
        return String.format(Locale.ROOT, "out of memory: the data did not fit in the %,d MB the Java "
                + "heap may use. Run it again with more, for example CIVIC_THEMES_JAVA_OPTS=-Xmx%dg (the launcher "
                + "passes it to Java; with java -jar write -Xmx%dg), or, when the import fits, find themes over fewer "
                + "requests with a date range (--from/--to).", heapMb, suggestedGb, suggestedGb);
    }
}
