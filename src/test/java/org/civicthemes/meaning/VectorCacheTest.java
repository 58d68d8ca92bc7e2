package org.civicthemes.meaning;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One cache file shared by many readers of one process at once, as the Spark job's tasks share it in an executor:
 * what each adds is kept, and what one reads while others write is whole.
 */
class VectorCacheTest {

    private static final String MODEL = "test-model";
    private static final int DIMENSIONS = 8;
    private static final int WRITERS = 8;
    private static final int BATCHES = 25;
    private static final int PER_BATCH = 40;

    @TempDir
    Path folder;

    @Test
    void vectorsAddedByManyThreadsAtOnceAreAllKeptAndReadBackWhole() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<String>>> problems = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            int writer = w;
            problems.add(pool.submit(() -> {
                // each task has its own cache object, as each Spark task has its own reader
                VectorCache cache = new VectorCache(folder, MODEL, DIMENSIONS, Long.MAX_VALUE);
                start.await();
                List<String> wrong = new ArrayList<>();
                for (int b = 0; b < BATCHES; b++) {
                    Map<TextKey, byte[]> batch = batch(writer, b);
                    cache.add(batch, batch);
                    Map<TextKey, byte[]> back = cache.find(batch.keySet());
                    if (back.size() != batch.size()) {
                        wrong.add("writer " + writer + " batch " + b + ": " + back.size() + " of " + batch.size());
                    }
                    for (Map.Entry<TextKey, byte[]> e : back.entrySet()) {
                        if (!java.util.Arrays.equals(e.getValue(), batch.get(e.getKey()))) {
                            wrong.add("writer " + writer + " batch " + b + ": a vector changed");
                        }
                    }
                }
                return wrong;
            }));
        }
        start.countDown();
        List<String> wrong = new ArrayList<>();
        for (Future<List<String>> p : problems) {
            wrong.addAll(p.get(2, TimeUnit.MINUTES));
        }
        pool.shutdown();

        assertThat(wrong).isEmpty();
        Map<TextKey, byte[]> all = new HashMap<>();
        for (int w = 0; w < WRITERS; w++) {
            for (int b = 0; b < BATCHES; b++) {
                all.putAll(batch(w, b));
            }
        }
        Set<TextKey> keys = new HashSet<>(all.keySet());
        Map<TextKey, byte[]> kept = new VectorCache(folder, MODEL, DIMENSIONS, Long.MAX_VALUE).find(keys);
        assertThat(kept).hasSize(WRITERS * BATCHES * PER_BATCH);
        kept.forEach((key, vector) -> assertThat(vector).isEqualTo(all.get(key)));
    }

    /** Vectors no other writer or batch has: their bytes say whose they are. */
    private static Map<TextKey, byte[]> batch(int writer, int batch) {
        Map<TextKey, byte[]> vectors = new HashMap<>();
        for (int i = 0; i < PER_BATCH; i++) {
            byte[] vector = new byte[DIMENSIONS];
            vector[0] = (byte) writer;
            vector[1] = (byte) batch;
            vector[2] = (byte) i;
            vectors.put(TextKey.of("request " + writer + "/" + batch + "/" + i), vector);
        }
        return vectors;
    }
}
