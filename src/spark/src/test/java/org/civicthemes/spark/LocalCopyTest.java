package org.civicthemes.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.FileNotFoundException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalCopyTest {

    @TempDir
    Path remote;
    @TempDir
    Path local;

    private final Configuration hadoop = new Configuration();

    @Test
    void aRemoteFileIsCopiedUnderItsOwnNameAndTheCopyIsDeletedOnClose() throws Exception {
        Files.writeString(remote.resolve("2025 March.csv"), "Description,Created\nPothole,2025-03-01\n");
        String exports = ViewFsMount.mount(hadoop, "localcopy", remote);

        Path copied;
        try (LocalCopy copy = LocalCopy.in(local, new org.apache.hadoop.fs.Path(exports + "/2025 March.csv"),
                hadoop)) {
            copied = copy.file();
            assertThat(copied.getFileName()).hasToString("2025 March.csv");
            assertThat(copied.getParent().getParent()).isEqualTo(local);
            assertThat(copied).hasContent("Description,Created\nPothole,2025-03-01\n");
        }
        assertThat(copied).doesNotExist();
        assertThat(local).isEmptyDirectory();
    }

    @Test
    void aFileThatIsNotThereLeavesNoFolderBehind() {
        String exports = ViewFsMount.mount(hadoop, "localcopy", remote);

        assertThatThrownBy(() -> LocalCopy.in(local, new org.apache.hadoop.fs.Path(exports + "/gone.csv"), hadoop))
                .isInstanceOf(FileNotFoundException.class);
        assertThat(local).isEmptyDirectory();
    }
}
