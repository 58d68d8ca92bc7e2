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
    /** Chunk size for heavy per-row work with disjoint outputs (terms times singular vectors, for example). */
    static final int SMALL = 128;

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
        forEach(rows, ROWS, cancel, body);
    }

    /**
     * Runs over chunks of {@code size} rows. For work whose rows write disjoint outputs the chunk size does not
     * change the result, so small chunks can spread a few thousand rows of heavy work over the cores.
     */
    static void forEach(int rows, int size, CancellationToken cancel, Body body) {
        int chunks = (rows + size - 1) / size;
        IntStream.range(0, chunks).parallel().forEach(c -> {
            cancel.throwIfCancelled();
            body.run(c, c * size, Math.min(rows, (c + 1) * size));
        });
    }
}
