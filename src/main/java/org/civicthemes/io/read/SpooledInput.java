package org.civicthemes.io.read;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The file to read for an input: the input itself when it is a regular file, else (a pipe, a process substitution
 * such as {@code <(cat file.csv)}, a named pipe) a temporary copy, because an import reads its source several times
 * and such an input can be read only once. Opening a named pipe waits for a writer; when none comes within the
 * time allowed the input is refused, never waited for forever. Closing deletes the copy.
 */
final class SpooledInput implements AutoCloseable {

    static final Duration OPEN_TIMEOUT = Duration.ofSeconds(20);

    private final Path path;
    private final Path copyFolder;

    private SpooledInput(Path path, Path copyFolder) {
        this.path = path;
        this.copyFolder = copyFolder;
    }

    /** The input as it is when it is a regular file, a folder or missing (the opener says what is wrong). */
    static SpooledInput of(Path input, Duration openTimeout) throws IOException, ImportException {
        if (Files.isRegularFile(input) || Files.isDirectory(input) || !Files.exists(input)
                || !Files.isReadable(input)) {
            return new SpooledInput(input, null);
        }
        Path folder = Files.createTempDirectory("civic-themes-input");
        Path copy = folder.resolve(input.getFileName().toString());
        try (InputStream in = openWithin(input, openTimeout)) {
            Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | ImportException | RuntimeException e) {
            delete(copy, folder);
            throw e;
        }
        copy.toFile().deleteOnExit();
        folder.toFile().deleteOnExit();
        return new SpooledInput(copy, folder);
    }

    Path path() {
        return path;
    }

    private static InputStream openWithin(Path input, Duration timeout) throws IOException, ImportException {
        FutureTask<InputStream> open = new FutureTask<>(() -> Files.newInputStream(input));
        Thread opener = new Thread(open, "civic-themes-open-input");
        opener.setDaemon(true);
        opener.start();
        try {
            return open.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            release(input, open);
            throw ImportFailures.noWriter(input.getFileName().toString(), timeout.toSeconds());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            release(input, open);
            throw new IOException("interrupted while opening " + input, e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        }
    }

    /**
     * Frees the thread that waits for a writer: opening the named pipe for writing lets its open return; the stream
     * is then closed. Runs on its own daemon thread, so nothing here can wait forever either.
     */
    private static void release(Path input, FutureTask<InputStream> open) {
        Thread releaser = new Thread(() -> {
            try (OutputStream ignored = Files.newOutputStream(input, StandardOpenOption.WRITE)) {
                open.get().close();
            } catch (IOException | ExecutionException | RuntimeException e) {
                // nothing more to free
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "civic-themes-release-input");
        releaser.setDaemon(true);
        releaser.start();
    }

    @Override
    public void close() {
        if (copyFolder != null) {
            delete(path, copyFolder);
        }
    }

    private static void delete(Path copy, Path folder) {
        try {
            Files.deleteIfExists(copy);
            Files.deleteIfExists(folder);
        } catch (IOException e) {
            // left for deleteOnExit
        }
    }
}
