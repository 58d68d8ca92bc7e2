package org.civicthemes.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.civicthemes.model.ImportOptions;
import org.civicthemes.progress.CancellationToken;
import org.civicthemes.progress.ProgressListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, item 2: the sample comes inside the program (the build copies it onto the class path), so the workbench
 * opens it from any folder, not only from a checkout that holds sample-data/.
 */
class BundledSampleTest {

    private static final Path CHECKOUT_SAMPLE = Path.of("sample-data", BundledSample.FILE_NAME);

    @TempDir
    Path dir;

    @Test
    void theSampleIsOnTheClassPathAsTheSameBytesAsInTheCheckout() throws Exception {
        assertThat(BundledSample.inside()).isTrue();
        try (var in = BundledSample.class.getResourceAsStream(BundledSample.RESOURCE)) {
            assertThat(in).isNotNull();
            assertThat(in.readAllBytes()).isEqualTo(Files.readAllBytes(CHECKOUT_SAMPLE));
        }
    }

    @Test
    void fromAnEmptyFolderTheCopyFromInsideIsWrittenOnceAndReads() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("empty folder"));
        Path copies = dir.resolve("copies");

        Path sample = BundledSample.file(empty, copies).orElseThrow();

        assertThat(sample).isEqualTo(copies.resolve(BundledSample.FILE_NAME));
        assertThat(Files.mismatch(sample, CHECKOUT_SAMPLE)).isEqualTo(-1L);
        long written = Files.getLastModifiedTime(sample).toMillis();
        Files.setLastModifiedTime(sample, java.nio.file.attribute.FileTime.fromMillis(written - 60_000));
        assertThat(BundledSample.file(empty, copies)).contains(sample);
        assertThat(Files.getLastModifiedTime(sample).toMillis()).as("an intact copy is not written again")
                .isEqualTo(written - 60_000);
        assertThat(new ImportService().importFile(sample, ImportOptions.DETECT_ALL, ProgressListener.NONE,
                CancellationToken.NEVER).dataset().requests()).hasSize(20_000);

        Files.write(sample, new byte[] {1, 2, 3});
        assertThat(BundledSample.file(empty, copies)).contains(sample);
        assertThat(Files.mismatch(sample, CHECKOUT_SAMPLE)).as("a damaged copy is written again").isEqualTo(-1L);
    }

    @Test
    void inACheckoutTheSampleDataFileIsUsed() {
        assertThat(BundledSample.file(Path.of(""), dir.resolve("copies"))).contains(CHECKOUT_SAMPLE);
        assertThat(dir.resolve("copies")).doesNotExist();
    }
}
