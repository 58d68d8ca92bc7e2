package org.civicthemes.spark;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import org.civicthemes.model.Codebook;
import org.civicthemes.model.DateRange;
import org.civicthemes.model.ImportResult;
import org.civicthemes.model.ThemeOptions;
import org.civicthemes.progress.CancellationToken;
import org.civicthemes.progress.ProgressListener;
import org.civicthemes.workflow.CodebookService;
import org.civicthemes.workflow.LearnedRun;
import org.civicthemes.workflow.TextChoices;
import org.civicthemes.workflow.ThemeService;

/** The codebook the job's tests place requests with: themes found by words alone on an export, saved to a file. */
final class WordsOnlyCodebook {

    private WordsOnlyCodebook() {
    }

    /** Finds the themes of {@code export} (words only, default options), makes them a codebook and saves it. */
    static Codebook learnAndSave(ImportResult export, Path file) throws IOException {
        ThemeService themes = new ThemeService();
        LearnedRun learned = themes.learnThemes(export.dataset(), DateRange.ALL,
                ThemeOptions.DEFAULTS.withMeaning(false), TextChoices.DEFAULTS, ProgressListener.NONE,
                CancellationToken.NEVER);
        CodebookService codebooks = new CodebookService(themes);
        Codebook codebook = codebooks.make(export.dataset(), learned, learned.run(), TextChoices.DEFAULTS,
                Instant.parse("2026-12-07T12:00:00Z"), CancellationToken.NEVER);
        codebooks.save(codebook, file, false);
        return codebook;
    }
}
