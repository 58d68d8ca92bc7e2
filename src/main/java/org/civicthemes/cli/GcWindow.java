package org.civicthemes.cli;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The share of the last stretch of time the JVM spent collecting garbage. A heap that is nearly full makes a run
 * collect almost all the time instead of failing: 1,000,000 requests in 512 MB spent 1,155 of 1,170 seconds in full
 * collections and never threw an OutOfMemoryError. Samples older than the window are dropped.
 */
final class GcWindow {

    private record Sample(long atMillis, long gcMillis) {
    }

    private final long windowMillis;
    private final double limit;
    private final Deque<Sample> samples = new ArrayDeque<>();

    /**
     * @param windowMillis how long the collector must have been busy
     * @param limit        the share of that time (0..1) that counts as thrashing
     */
    GcWindow(long windowMillis, double limit) {
        this.windowMillis = windowMillis;
        this.limit = limit;
    }

    /**
     * Adds a sample: the time now and the total time spent collecting since the JVM started.
     *
     * @return true when, over a whole window, the collector took at least the limit's share of the time
     */
    boolean add(long atMillis, long gcMillis) {
        samples.addLast(new Sample(atMillis, gcMillis));
        while (samples.size() > 2 && atMillis - samples.getFirst().atMillis() > windowMillis
                && atMillis - secondOldest().atMillis() >= windowMillis) {
            samples.removeFirst();
        }
        Sample oldest = samples.getFirst();
        long elapsed = atMillis - oldest.atMillis();
        return elapsed >= windowMillis && gcMillis - oldest.gcMillis() >= limit * elapsed;
    }

    private Sample secondOldest() {
        var it = samples.iterator();
        it.next();
        return it.next();
    }
}
