package org.civicthemes.meaning;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.civicthemes.progress.CancellationToken;
import org.civicthemes.progress.CancelledException;
import org.civicthemes.progress.ProgressListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the meaning of texts: each distinct text once, from the vectors shipped with the sample, the user's cache, or
 * the model (on several threads, one encoder each); new vectors go to the cache. The result depends only on the texts,
 * never on the number of threads or on what the cache held.
 */
public final class MeaningReader {

    public static final String STEP = "Reading meaning";
    /** Vectors shipped for the bundled sample's texts. */
    static final String BUNDLED = "/org/civicthemes/meaning/sample-vectors.bin";
    private static final Logger LOG = LoggerFactory.getLogger(MeaningReader.class);
    private static final int REPORT_EVERY = 64;

    private final SentenceModel model;
    private final VectorCache cache;
    private final String bundled;
    private final int threads;

    /**
     * @param cache   where vectors are kept between runs, or null for none
     * @param bundled a class-path resource of shipped vectors, or null
     * @param threads encoders working at once
     */
    public MeaningReader(SentenceModel model, VectorCache cache, String bundled, int threads) {
        this.model = Objects.requireNonNull(model, "model");
        this.cache = cache;
        this.bundled = bundled;
        if (threads < 1) {
            throw new IllegalArgumentException("At least one thread: " + threads);
        }
        this.threads = threads;
    }

    /** The bundled model, the user's cache, the sample's vectors, one encoder per core. */
    public static MeaningReader standard() {
        MiniLmModel model = new MiniLmModel();
        return new MeaningReader(model, new VectorCache(VectorCache.userFolder(), model.id(), model.dimensions(),
                VectorCache.DEFAULT_MAX_BYTES), BUNDLED, Runtime.getRuntime().availableProcessors());
    }

    /** The model's exact id (file, library version, pooling, length): vectors of two ids do not compare. */
    public String modelId() {
        return model.id();
    }

    /** The model's name, as reports show it. */
    public String modelName() {
        return "all-MiniLM-L6-v2";
    }

    /**
     * The unit vector of each text ({@code null} entries stay null: texts whose meaning is not wanted).
     *
     * @throws MeaningUnavailableException when vectors are missing and the model cannot run here
     * @throws CancelledException          when cancelled
     */
    public float[][] read(List<String> texts, ProgressListener progress, CancellationToken cancel) {
        Map<String, TextKey> distinct = new LinkedHashMap<>();
        for (String text : texts) {
            if (text != null) {
                distinct.computeIfAbsent(text, TextKey::of);
            }
        }
        Map<TextKey, byte[]> known = new HashMap<>();
        java.util.Set<TextKey> keys = new java.util.HashSet<>(distinct.values());
        readBundled(keys, known);
        if (cache != null && known.size() < keys.size()) {
            known.putAll(cache.find(keys));
        }
        List<String> missing = new ArrayList<>();
        for (Map.Entry<String, TextKey> e : distinct.entrySet()) {
            if (!known.containsKey(e.getValue())) {
                missing.add(e.getKey());
            }
        }
        LOG.info("Meaning of {} distinct texts: {} known, {} to read", distinct.size(), distinct.size() - missing.size(),
                missing.size());
        if (!missing.isEmpty()) {
            byte[][] fresh = encode(missing, progress, cancel);
            Map<TextKey, byte[]> added = new LinkedHashMap<>();
            for (int i = 0; i < fresh.length; i++) {
                added.put(distinct.get(missing.get(i)), fresh[i]);
            }
            known.putAll(added);
            if (cache != null) {
                cache.add(added, known);
            }
        }
        Map<TextKey, float[]> restored = new HashMap<>();
        float[][] out = new float[texts.size()][];
        for (int i = 0; i < out.length; i++) {
            String text = texts.get(i);
            if (text != null) {
                out[i] = restored.computeIfAbsent(distinct.get(text), key -> StoredVector.restore(known.get(key)));
            }
        }
        return out;
    }

    private void readBundled(java.util.Set<TextKey> keys, Map<TextKey, byte[]> known) {
        if (bundled == null) {
            return;
        }
        try (InputStream in = MeaningReader.class.getResourceAsStream(bundled)) {
            if (in != null) {
                VectorFile.read(new java.io.BufferedInputStream(in, 1 << 16), model.id(), model.dimensions(), keys, known);
            }
        } catch (IOException e) {
            LOG.info("The bundled vectors {} are not used: {}", bundled, e.getMessage());
        }
    }

    /** Encodes texts on the reader's threads; text i's vector lands at i whichever thread encodes it. */
    private byte[][] encode(List<String> texts, ProgressListener progress, CancellationToken cancel) {
        int n = texts.size();
        byte[][] out = new byte[n][];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        AtomicBoolean stop = new AtomicBoolean();
        progress.update(STEP, 0, n);
        int workers = Math.min(threads, Math.max(1, n / 16));
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "civicthemes-meaning");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int w = 0; w < workers; w++) {
                futures.add(pool.submit(() -> {
                    try (SentenceEncoder encoder = model.newEncoder()) {
                        for (int i = next.getAndIncrement(); i < n && !stop.get(); i = next.getAndIncrement()) {
                            if (cancel.isCancelled()) {
                                stop.set(true);
                                throw new CancelledException();
                            }
                            out[i] = StoredVector.quantize(encoder.encode(texts.get(i)));
                            int d = done.incrementAndGet();
                            if (d % REPORT_EVERY == 0 || d == n) {
                                progress.update(STEP, d, n);
                            }
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> future : futures) {
                await(future, stop);
            }
        } finally {
            pool.shutdownNow();
        }
        cancel.throwIfCancelled();
        return out;
    }

    private static void await(Future<?> future, AtomicBoolean stop) {
        try {
            future.get();
        } catch (InterruptedException e) {
            stop.set(true);
            Thread.currentThread().interrupt();
            throw new CancelledException();
        } catch (ExecutionException e) {
            stop.set(true);
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            if (e.getCause() instanceof Error error) {
                throw new MeaningUnavailableException("The sentence model failed here (" + error + ")", error);
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
