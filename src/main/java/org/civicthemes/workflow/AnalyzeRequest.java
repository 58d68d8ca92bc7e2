package org.civicthemes.workflow;

import java.nio.file.Path;
import java.util.Objects;
import org.civicthemes.model.DateRange;
import org.civicthemes.model.ImportOptions;
import org.civicthemes.model.ThemeCount;

/**
 * One run of the pipeline over a file, as the command line's {@code analyze} describes it.
 *
 * @param input   the export to read
 * @param outDir  the folder the results go to
 * @param reading how to read the file
 * @param themes  how many themes to find
 * @param seed    the random seed, so a run can be repeated exactly
 * @param range   the days to analyse
 * @param text    redaction and stopword choices
 * @param findThemes false to stop after the import report (to check how a file is read before a long run)
 * @param time    periods, baselines, cross-tab columns and where themes come from
 * @param meaning read the meaning of the requests beside their words (false: words only)
 * @param codebook save the themes as a codebook, or give the requests a codebook's themes
 * @param cityFaq  the city's current FAQ file, to tell which questions it answers; null for none
 */
public record AnalyzeRequest(Path input, Path outDir, ImportOptions reading, ThemeCount themes, long seed,
                             DateRange range, TextChoices text, boolean findThemes, TimeChoices time,
                             boolean meaning, CodebookChoices codebook, Path cityFaq) {

    /** A run without the city's FAQ. */
    public AnalyzeRequest(Path input, Path outDir, ImportOptions reading, ThemeCount themes, long seed,
                          DateRange range, TextChoices text, boolean findThemes, TimeChoices time,
                          boolean meaning, CodebookChoices codebook) {
        this(input, outDir, reading, themes, seed, range, text, findThemes, time, meaning, codebook, null);
    }

    public static final long DEFAULT_SEED = 42;

    public AnalyzeRequest {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(outDir, "outDir");
        Objects.requireNonNull(reading, "reading");
        Objects.requireNonNull(themes, "themes");
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(codebook, "codebook");
    }

    /** A run without codebooks. */
    public AnalyzeRequest(Path input, Path outDir, ImportOptions reading, ThemeCount themes, long seed,
                          DateRange range, TextChoices text, boolean findThemes, TimeChoices time, boolean meaning) {
        this(input, outDir, reading, themes, seed, range, text, findThemes, time, meaning, CodebookChoices.NONE);
    }

    /** A run with the default time choices. */
    public AnalyzeRequest(Path input, Path outDir, ImportOptions reading, ThemeCount themes, long seed,
                          DateRange range, TextChoices text, boolean findThemes) {
        this(input, outDir, reading, themes, seed, range, text, findThemes, TimeChoices.DEFAULTS);
    }

    /** A run that reads meaning as the defaults say. */
    public AnalyzeRequest(Path input, Path outDir, ImportOptions reading, ThemeCount themes, long seed,
                          DateRange range, TextChoices text, boolean findThemes, TimeChoices time) {
        this(input, outDir, reading, themes, seed, range, text, findThemes, time,
                org.civicthemes.model.ThemeOptions.DEFAULTS.meaning());
    }

    public AnalyzeRequest withTime(TimeChoices choices) {
        return new AnalyzeRequest(input, outDir, reading, themes, seed, range, text, findThemes, choices, meaning,
                codebook, cityFaq);
    }

    public AnalyzeRequest withMeaning(boolean on) {
        return new AnalyzeRequest(input, outDir, reading, themes, seed, range, text, findThemes, time, on, codebook,
                cityFaq);
    }

    public AnalyzeRequest withCodebook(CodebookChoices choices) {
        return new AnalyzeRequest(input, outDir, reading, themes, seed, range, text, findThemes, time, meaning,
                choices, cityFaq);
    }

    /** This run, matching the residents' questions with the city's FAQ in {@code file} (null: none). */
    public AnalyzeRequest withCityFaq(Path file) {
        return new AnalyzeRequest(input, outDir, reading, themes, seed, range, text, findThemes, time, meaning,
                codebook, file);
    }
}
