package org.civicthemes.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Files;
import java.nio.file.Path;
import org.civicthemes.model.DateRange;
import org.civicthemes.model.ImportOptions;
import org.civicthemes.model.ThemeCount;
import org.civicthemes.progress.CancellationToken;
import org.civicthemes.progress.ProgressListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14, item 9: two runs into one output folder at once left a mixed set of files. The second run is refused
 * before it writes anything.
 */
class OutputFolderLockTest {

    @TempDir
    Path dir;

    private AnalyzeRequest request(Path out) throws Exception {
        Path input = Files.writeString(dir.resolve("requests.csv"), "Created Date,Description\n"
                + "2024-03-05 10:00,Pothole on Elm street near the school\n2024-03-06 10:00,Graffiti on the wall\n");
        return new AnalyzeRequest(input, out, ImportOptions.DETECT_ALL, ThemeCount.AUTO, 42, DateRange.ALL,
                TextChoices.DEFAULTS, false);
    }

    @Test
    void aSecondRunIntoAFolderInUseIsRefusedAndWritesNothing() throws Exception {
        Path out = dir.resolve("out");
        AnalyzeRequest request = request(out);

        try (OutputFolderLock first = OutputFolderLock.acquire(out)) {
            Throwable second = catchThrowable(() -> new AnalyzeService().run(request, ProgressListener.NONE,
                    CancellationToken.NEVER));

            assertThat(second).isInstanceOf(BadInputException.class).hasMessage("Another CivicThemes run is writing to "
                    + out + " right now. Wait for it to finish, or write to another folder (--out).");
            assertThat(out.resolve(AnalyzeService.IMPORT_REPORT)).doesNotExist();
        }

        new AnalyzeService().run(request, ProgressListener.NONE, CancellationToken.NEVER);
        assertThat(out.resolve(AnalyzeService.IMPORT_REPORT)).exists();
    }
}
