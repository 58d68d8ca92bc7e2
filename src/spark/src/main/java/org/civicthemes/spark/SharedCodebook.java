package org.civicthemes.spark;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.broadcast.Broadcast;
import org.civicthemes.model.Codebook;
import org.civicthemes.workflow.BadInputException;
import org.civicthemes.workflow.CodebookService;

/**
 * A codebook sent once to every executor (a broadcast of the file's bytes) and read there once per JVM by the
 * desktop's reader, which checks its integrity again.
 */
final class SharedCodebook implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, Codebook> READ = new ConcurrentHashMap<>();

    private final String key;
    private final Broadcast<byte[]> bytes;

    /** @param key names this codebook among the job's (its file name and broadcast id are unique enough) */
    SharedCodebook(String key, Broadcast<byte[]> bytes) {
        this.key = key + "#" + bytes.id();
        this.bytes = bytes;
    }

    Codebook codebook() {
        return READ.computeIfAbsent(key, k -> read(bytes.value()));
    }

    private static Codebook read(byte[] content) {
        try {
            Path file = Files.createTempFile("civicthemes-", ".codebook.json");
            try {
                Files.write(file, content);
                return new CodebookService().read(file);
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (BadInputException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
