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
}
