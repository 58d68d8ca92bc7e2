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

    /** The advice for this JVM: its heap limit as given with -Xmx, else as the runtime reports it. */
    static String message() {
        return message(heapLimitBytes(java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments(),
                Runtime.getRuntime().maxMemory()));
    }

    /**
     * The last -Xmx among the JVM's arguments (what the analyst wrote: the runtime reports less, without a survivor
     * space, 455 MB for -Xmx512m), or {@code reported} when there is none.
     */
    static long heapLimitBytes(java.util.List<String> jvmArguments, long reported) {
        long limit = reported;
        for (String argument : jvmArguments) {
            if (argument.startsWith("-Xmx") && argument.length() > 4) {
                limit = parseSize(argument.substring(4), limit);
            }
        }
        return limit;
    }

    private static long parseSize(String size, long otherwise) {
        char unit = Character.toLowerCase(size.charAt(size.length() - 1));
        long scale = switch (unit) {
            case 'k' -> 1024;
            case 'm' -> MB;
            case 'g' -> 1024 * MB;
            case 't' -> 1024 * 1024 * MB;
            default -> 1;
        };
        String digits = scale == 1 ? size : size.substring(0, size.length() - 1);
        try {
            return Long.parseLong(digits) * scale;
        } catch (NumberFormatException e) {
            return otherwise;
        }
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
