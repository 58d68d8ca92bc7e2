package org.civicthemes.cluster;

import java.util.stream.IntStream;
import org.civicthemes.progress.CancellationToken;

/**
 * Runs work over row ranges of a fixed size on the common fork-join pool. The split depends only on the number of
 * rows, never on the number of threads or their timing, so results that are combined chunk by chunk in chunk order
 * are identical on every machine.
 */
final class Chunks {

    static final int ROWS = 2048;

    @FunctionalInterface
    interface Body {
        void run(int chunk, int from, int to);
    }

    private Chunks() {
    }

    static int count(int rows) {
        return (rows + ROWS - 1) / ROWS;
    }

    static void forEach(int rows, CancellationToken cancel, Body body) {
        int chunks = count(rows);
        IntStream.range(0, chunks).parallel().forEach(c -> {
            cancel.throwIfCancelled();
            body.run(c, c * ROWS, Math.min(rows, (c + 1) * ROWS));
        });
    }
}
