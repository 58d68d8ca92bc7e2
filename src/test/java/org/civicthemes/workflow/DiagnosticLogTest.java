package org.civicthemes.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.civicthemes.model.Dataset;
import org.civicthemes.model.DateRange;
import org.civicthemes.model.ImportOptions;
import org.civicthemes.model.ServiceRequest;
import org.civicthemes.model.ThemeOptions;
import org.civicthemes.progress.CancellationToken;
import org.civicthemes.progress.ProgressListener;
import org.civicthemes.text.TextOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The log an analyst attaches to a question: what happened, never what residents wrote. */
class DiagnosticLogTest {

    @Test
    void aFailureIsLoggedWithItsTypeAndCodeLinesButNotItsMessage() {
        String resident = "Deep pothole in front of 12 Elm Street, call Maria at 555-0100";
        Exception failure = new IllegalStateException("cannot read '" + resident + "'",
                new NumberFormatException(resident));

        String logged = DiagnosticLog.describe(failure);

        assertThat(logged).startsWith("java.lang.IllegalStateException").contains("caused by java.lang.NumberFormatException")
                .contains("at org.civicthemes.workflow.DiagnosticLogTest").doesNotContain("pothole").doesNotContain("Maria");
    }

    @Test
    void aSessionOnRealRequestsLeavesNoRequestTextInTheLog(@TempDir Path dir) throws Exception {
        Path export = Path.of(getClass().getResource("/realdata/newport_seeclickfix_2017_head150.csv").toURI());
        PrintStream err = System.err;
        Thread.UncaughtExceptionHandler handler = Thread.getDefaultUncaughtExceptionHandler();
        Path log;
        Dataset dataset;
        try {
            Files.writeString(dir.resolve(DiagnosticLog.FILE_NAME), "the session before\n");
            log = DiagnosticLog.start(dir);
            dataset = new ImportService().importFile(export, ImportOptions.DETECT_ALL, ProgressListener.NONE,
                    CancellationToken.NEVER).dataset();
            new ThemeService().findThemes(dataset, DateRange.ALL, ThemeOptions.DEFAULTS.withMeaning(false),
                    TextOptions.DEFAULTS, ProgressListener.NONE, CancellationToken.NEVER);
            String text = dataset.requests().get(0).text();
            Thread failing = new Thread(() -> {
                throw new IllegalArgumentException("no theme for '" + text + "'");
            }, "failing-worker");
            failing.start();
            failing.join();
        } finally {
            System.setErr(err);
            Thread.setDefaultUncaughtExceptionHandler(handler);
        }

        assertThat(Files.readString(dir.resolve("civic-themes.1.log"))).isEqualTo("the session before\n");
        String written = Files.readString(log);
        assertThat(written).contains("Uncaught failure in thread failing-worker: java.lang.IllegalArgumentException");
        List<String> texts = dataset.requests().stream().map(ServiceRequest::text)
                .filter(t -> t != null && t.length() >= 15).toList();
        assertThat(texts).hasSizeGreaterThan(100);
        for (String text : texts) {
            assertThat(written).as("the log").doesNotContain(text);
        }
    }
}
