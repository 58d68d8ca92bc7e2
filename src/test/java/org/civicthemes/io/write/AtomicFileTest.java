package org.civicthemes.io.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {

    @TempDir
    Path dir;

    private long filesIn(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.count();
        }
    }

    @Test
    void aFailureHalfWayLeavesNoFileBehind() throws Exception {
        Path target = dir.resolve("summary.xlsx");

        assertThatThrownBy(() -> AtomicFile.write(target, out -> {
            out.write(new byte[100_000]);
            throw new IOException("disk full");
        }, false)).hasMessage("disk full");

        assertThat(filesIn(dir)).isZero();
    }

    @Test
    void aFailureHalfWayKeepsTheOldFile() throws Exception {
        Path target = Files.writeString(dir.resolve("report.html"), "old");

        assertThatThrownBy(() -> AtomicFile.write(target, out -> {
            out.write("new, half".getBytes());
            throw new IOException("cancelled");
        }, true)).hasMessage("cancelled");

        assertThat(Files.readString(target)).isEqualTo("old");
        assertThat(filesIn(dir)).isEqualTo(1);
    }

    @Test
    void withoutReplaceAnExistingFileIsKept() throws Exception {
        Path target = Files.writeString(dir.resolve("requests.csv"), "old");

        assertThatThrownBy(() -> AtomicFile.write(target, out -> out.write('x'), false))
                .isInstanceOf(FileAlreadyExistsException.class);

        assertThat(Files.readString(target)).isEqualTo("old");
        assertThat(filesIn(dir)).isEqualTo(1);
        AtomicFile.write(target, out -> out.write('x'), true);
        assertThat(Files.readString(target)).isEqualTo("x");
    }

    @Test
    void theFileGetsTheUsualPermissionsOfANewFileNotOwnerOnly() throws Exception {
        Path plain = Files.createFile(dir.resolve("plain.txt"));
        Path target = dir.resolve("report.html");

        AtomicFile.write(target, out -> out.write('x'), false);

        org.junit.jupiter.api.Assumptions.assumeTrue(plain.getFileSystem().supportedFileAttributeViews().contains("posix"));
        assertThat(Files.getPosixFilePermissions(target)).isEqualTo(Files.getPosixFilePermissions(plain));
    }

    /** Issue 14, item 8: a killed run's hidden .NAME.hex.part file was never removed by later runs. */
    @Test
    void aLeftoverOfAKilledRunIsRemovedByTheNextWriteOnceItIsOld() throws Exception {
        Path old = Files.write(dir.resolve(".summary.xlsx.3f2a9c0d1e4b5a67.part"), new byte[1000]);
        Files.setLastModifiedTime(old, java.nio.file.attribute.FileTime.from(
                java.time.Instant.now().minus(java.time.Duration.ofHours(2))));
        Path recent = Files.write(dir.resolve(".summary.xlsx.00ff.part"), new byte[10]);
        Path otherFiles = Files.write(dir.resolve(".report.html.3f2a9c0d1e4b5a67.part"), new byte[10]);
        Files.setLastModifiedTime(otherFiles, Files.getLastModifiedTime(old));
        Path notOurs = Files.write(dir.resolve(".summary.xlsx.notes.part"), new byte[10]);
        Files.setLastModifiedTime(notOurs, Files.getLastModifiedTime(old));

        AtomicFile.write(dir.resolve("summary.xlsx"), out -> out.write(1));

        assertThat(old).doesNotExist();
        assertThat(recent).exists();
        assertThat(otherFiles).exists();
        assertThat(notOurs).exists();
        assertThat(filesIn(dir)).isEqualTo(4); // the three kept and summary.xlsx
    }

    /** Issue 14, item 8: a run stopped while writing (Ctrl+C, kill) deletes its temporary file on the way out. */
    @Test
    void aRunStoppedWhileWritingLeavesNoTemporaryFile() throws Exception {
        String javaCommand = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(javaCommand, "-cp", System.getProperty("java.class.path"),
                SlowWriter.class.getName(), dir.resolve("summary.xlsx").toString()).start();
        try (java.io.BufferedReader out = new java.io.BufferedReader(new java.io.InputStreamReader(p.getInputStream()))) {
            assertThat(out.readLine()).isEqualTo("writing");
            assertThat(filesIn(dir)).isEqualTo(1);

            p.destroy(); // SIGTERM, as kill or a closing terminal sends
            assertThat(p.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        }

        assertThat(filesIn(dir)).isZero();
    }

    /** Writes a file slowly, saying when it has begun. */
    static final class SlowWriter {
        public static void main(String[] args) throws Exception {
            AtomicFile.write(Path.of(args[0]), out -> {
                out.write(new byte[100_000]);
                System.out.println("writing");
                System.out.flush();
                try {
                    Thread.sleep(60_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
        }
    }
}
