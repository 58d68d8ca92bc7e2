package org.civicthemes.io.write;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;

/**
 * Where POI writes its temporary files (the rows of a streamed sheet, up to 17 MB each): a folder of this process,
 * {@code civic-themes-poi-PID} in the system temp folder, deleted when the JVM ends (normally, Ctrl+C or kill). A
 * folder whose process is gone (killed harder) is deleted the next time a workbook is written. POI's own default, one
 * shared {@code poifiles} folder, keeps what a killed run left there forever.
 */
final class PoiTempFolder {

    static final String PREFIX = "civic-themes-poi-";
    private static Path folder;

    private PoiTempFolder() {
    }

    /** Points POI at this process's folder, once; later calls do nothing. */
    static synchronized void use() throws IOException {
        if (folder != null) {
            return;
        }
        Path base = Path.of(System.getProperty("java.io.tmpdir"));
        removeStale(base);
        Path mine = Files.createDirectories(base.resolve(PREFIX + ProcessHandle.current().pid()));
        TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy(mine.toFile()));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(mine), "civic-themes-delete-poi-files"));
        folder = mine;
    }

    /** Deletes the folders in {@code base} of processes that are no longer running. */
    static void removeStale(Path base) {
        try (DirectoryStream<Path> folders = Files.newDirectoryStream(base, PREFIX + "*")) {
            for (Path f : folders) {
                String pid = f.getFileName().toString().substring(PREFIX.length());
                if (pid.matches("[0-9]{1,19}") && Files.isDirectory(f) && !isRunning(Long.parseLong(pid))) {
                    deleteTree(f);
                }
            }
        } catch (IOException | RuntimeException e) {
            // a folder that cannot be listed or deleted stays; writing goes on
        }
    }

    private static boolean isRunning(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // left for the next run
                }
            });
        } catch (IOException | RuntimeException e) {
            // left for the next run
        }
    }
}
