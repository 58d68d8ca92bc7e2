package org.civicthemes.io.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.civicthemes.model.ImportOptions;
import org.civicthemes.model.ImportResult;
import org.civicthemes.progress.CancellationToken;
import org.civicthemes.progress.ProgressListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14, item 5: an input that can be read only once (a pipe, {@code <(cat file.csv)}) was read several times and
 * came out empty; a named pipe that nothing writes to made the import wait forever.
 */
class ReadOnceInputTest {

    private static final String CSV = "Created Date,Description\n2024-03-05 10:00,Pothole on Elm street near the school\n"
            + "2024-03-06 10:00,Graffiti on the library wall\n2024-03-07 10:00,Streetlight out on Main street\n";

    @TempDir
    Path dir;

    private Path namedPipe(String name) throws Exception {
        Path fifo = dir.resolve(name);
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        } catch (java.io.IOException e) {
            assumeTrue(false, "mkfifo is not available here");
            return null;
        }
        assumeTrue(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "mkfifo failed");
        return fifo;
    }

    @Test
    @Timeout(60)
    void aPipeIsReadOnceAndImportedWhole() throws Exception {
        Path fifo = namedPipe("requests.csv");
        CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
            try (OutputStream out = Files.newOutputStream(fifo)) {
                out.write(CSV.getBytes(StandardCharsets.UTF_8));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });

        ImportResult result = new SpreadsheetImporter().importFile(fifo, ImportOptions.DETECT_ALL,
                ProgressListener.NONE, CancellationToken.NEVER);

        writer.get(10, TimeUnit.SECONDS);
        assertThat(result.report().rowsImported()).isEqualTo(3);
        assertThat(result.report().source().fileName()).isEqualTo("requests.csv");
        assertThat(result.dataset().requests().get(2).text()).isEqualTo("Streetlight out on Main street");
    }

    @Test
    @Timeout(30)
    void aNamedPipeWithoutAWriterIsRefusedInsteadOfWaitedForForever() throws Exception {
        Path fifo = namedPipe("nobody.csv");

        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> new SpreadsheetImporter(
                Duration.ofSeconds(1)).importFile(fifo, ImportOptions.DETECT_ALL, ProgressListener.NONE,
                CancellationToken.NEVER));

        assertThat(thrown).isInstanceOf(ImportException.class).hasMessage("nobody.csv is a pipe that nothing has "
                + "written to for 1 second, so it was not read. Start the program that writes to it first, or save "
                + "the export to a file and open that.");
    }
}
