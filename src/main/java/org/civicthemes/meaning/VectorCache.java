package org.civicthemes.meaning;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sentence vectors kept between runs in one file per model in the user's cache folder, keyed by a hash of the text
 * (no text is stored). Bounded: when a write would pass {@link #maxBytes}, the file is rewritten with the vectors of
 * the current run only. Safe to delete at any time. A file that cannot be read (another format, a failed check) is
 * ignored and replaced. Every failure to read or write only costs time: the vectors are computed again.
 */
public final class VectorCache {

    private static final Logger LOG = LoggerFactory.getLogger(VectorCache.class);
    /** 256 MB: about 660,000 vectors of 384 dimensions. */
    public static final long DEFAULT_MAX_BYTES = 256L << 20;

    private final Path file;
    private final String modelId;
    private final int dimensions;
    private final long maxBytes;
    /**
     * One lock per cache file for the whole process: file locks are held per process, and a second lock of the same
     * process on the file, even a shared one, is refused rather than waited for.
     */
    private static final Map<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();

    public VectorCache(Path folder, String modelId, int dimensions, long maxBytes) {
        this.file = folder.resolve("vectors-" + Integer.toHexString(modelId.hashCode()) + ".bin");
        this.modelId = modelId;
        this.dimensions = dimensions;
        this.maxBytes = maxBytes;
    }

    /**
     * The folder where CivicThemes keeps vectors for this user: {@code civicthemes.cache} if set, else the
     * platform's cache folder (%LOCALAPPDATA% on Windows, ~/Library/Caches on macOS, $XDG_CACHE_HOME or ~/.cache).
     */
    public static Path userFolder() {
        String configured = System.getProperty("civicthemes.cache");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        String home = System.getProperty("user.home");
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Path base;
        if (os.contains("win") && System.getenv("LOCALAPPDATA") != null) {
            base = Path.of(System.getenv("LOCALAPPDATA"));
        } else if (os.contains("mac")) {
            base = Path.of(home, "Library", "Caches");
        } else if (System.getenv("XDG_CACHE_HOME") != null && !System.getenv("XDG_CACHE_HOME").isBlank()) {
            base = Path.of(System.getenv("XDG_CACHE_HOME"));
        } else {
            base = Path.of(home, ".cache");
        }
        return base.resolve("CivicThemes").resolve("meaning");
    }

    public Path file() {
        return file;
    }

    /** The cached vectors of the given keys (those it has). */
    Map<TextKey, byte[]> find(Set<TextKey> keys) {
        Map<TextKey, byte[]> found = new HashMap<>();
        if (keys.isEmpty() || !Files.isRegularFile(file)) {
            return found;
        }
        ReentrantLock lock = lockOf();
        lock.lock();
        boolean unreadable = false;
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
             FileLock shared = channel.lock(0, Long.MAX_VALUE, true)) {
            // not closed itself: closing the stream would close the channel before the lock is released
            InputStream in = new java.io.BufferedInputStream(Channels.newInputStream(channel), 1 << 16);
            VectorFile.read(in, modelId, dimensions, keys, found);
        } catch (VectorFile.UnreadableException e) {
            LOG.info("The vector cache {} is ignored and will be rebuilt: {}", file, e.getMessage());
            found.clear();
            unreadable = true;
        } catch (IOException | RuntimeException e) {
            LOG.info("The vector cache {} could not be read: {}", file, e.toString());
            found.clear();
        } finally {
            lock.unlock();
        }
        if (unreadable) {
            delete();
        }
        return found;
    }

    /**
     * Adds fresh vectors. When the file would pass its bound (or cannot be read), it is rewritten with {@code used}
     * (every vector of the current run) instead.
     */
    void add(Map<TextKey, byte[]> fresh, Map<TextKey, byte[]> used) {
        if (fresh.isEmpty()) {
            return;
        }
        ReentrantLock lock = lockOf();
        lock.lock();
        try {
            Files.createDirectories(file.getParent());
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
                 FileLock exclusive = channel.lock()) {
                long whole = wholeLength(channel);
                int recordBytes = VectorFile.recordBytes(dimensions);
                Map<TextKey, byte[]> toWrite = fresh;
                if (whole < 0 || whole + (long) fresh.size() * recordBytes > maxBytes) {
                    channel.truncate(0);
                    whole = 0;
                    toWrite = used.size() * (long) recordBytes <= maxBytes ? used : fresh;
                }
                channel.truncate(Math.max(whole, 0));
                channel.position(whole);
                OutputStream out = new java.io.BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
                if (whole == 0) {
                    out.write(VectorFile.header(modelId, dimensions));
                }
                for (Map.Entry<TextKey, byte[]> e : toWrite.entrySet()) {
                    out.write(VectorFile.record(e.getKey(), e.getValue()));
                }
                out.flush();
            }
        } catch (IOException | RuntimeException e) {
            LOG.info("Vectors could not be added to the cache {}: {}", file, e.toString());
        } finally {
            lock.unlock();
        }
    }

    private ReentrantLock lockOf() {
        return IN_PROCESS.computeIfAbsent(file.toAbsolutePath().normalize(), f -> new ReentrantLock());
    }

    /** The length of the header and whole records, or -1 when the file is not a readable cache of this model. */
    private long wholeLength(FileChannel channel) throws IOException {
        long size = channel.size();
        if (size == 0) {
            return 0;
        }
        byte[] header = VectorFile.header(modelId, dimensions);
        if (size < header.length) {
            return -1;
        }
        ByteBuffer head = ByteBuffer.allocate(header.length);
        channel.read(head, 0);
        if (!java.util.Arrays.equals(head.array(), header)) {
            return -1;
        }
        int recordBytes = VectorFile.recordBytes(dimensions);
        return header.length + (size - header.length) / recordBytes * recordBytes;
    }

    private void delete() {
        ReentrantLock lock = lockOf();
        lock.lock();
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.info("The vector cache {} could not be deleted: {}", file, e.toString());
        } finally {
            lock.unlock();
        }
    }
}
