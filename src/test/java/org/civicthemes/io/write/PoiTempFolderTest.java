package org.civicthemes.io.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.apache.poi.util.TempFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14, item 8: POI's temporary files (up to 17 MB each) stayed in the system temp folder after a killed run.
 */
class PoiTempFolderTest {

    @TempDir
    Path base;

    @Test
    void theFolderOfAProcessThatIsGoneIsDeletedAndRunningOnesAreKept() throws Exception {
        Process gone = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-version").start();
        assertThat(gone.waitFor(60, TimeUnit.SECONDS)).isTrue();
        Path stale = Files.createDirectories(base.resolve(PoiTempFolder.PREFIX + gone.pid()));
        Files.write(stale.resolve("poi-sxssf-sheet123.xml.gz"), new byte[1000]);
        Path mine = Files.createDirectories(base.resolve(PoiTempFolder.PREFIX + ProcessHandle.current().pid()));
        Path other = Files.createDirectories(base.resolve(PoiTempFolder.PREFIX + "notes"));

        PoiTempFolder.removeStale(base);

        assertThat(stale).doesNotExist();
        assertThat(mine).exists();
        assertThat(other).exists();
    }

    @Test
    void poiWritesItsTemporaryFilesInTheFolderOfThisProcess() throws Exception {
        PoiTempFolder.use();

        Path file = TempFile.createTempFile("poi-sxssf-sheet", ".xml").toPath();
        try {
            assertThat(file.getParent().getFileName().toString())
                    .isEqualTo(PoiTempFolder.PREFIX + ProcessHandle.current().pid());
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
