package org.civicthemes.workflow;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.civicthemes.io.write.CodebookFile;
import org.civicthemes.io.write.CodebookFileException;
import org.civicthemes.model.Codebook;
import org.civicthemes.model.Dataset;
import org.civicthemes.model.DateRange;
import org.civicthemes.model.ThemeRun;
import org.civicthemes.progress.CancellationToken;
import org.civicthemes.progress.ProgressListener;
import org.civicthemes.text.RedactionOptions;
import org.civicthemes.text.Redactor;

/**
 * Themes that last: makes a codebook of the analyst's themes, saves and reads it (docs/codebook.md), and gives the
 * requests of a new export the codebook's themes, proposing new themes for the requests that fit none.
 */
public final class CodebookService {

    private final ThemeService themeService;
    private final CodebookFile file = new CodebookFile();

    /** With the bundled sentence model and the user's vector cache. */
    public CodebookService() {
        this(new ThemeService());
    }

    /** Reading meaning (and finding proposed themes) as {@code themeService} does. */
    public CodebookService(ThemeService themeService) {
        this.themeService = Objects.requireNonNull(themeService, "themeService");
    }

    /**
     * A codebook of the themes of {@code edited}: the learned run as found, or after the analyst's edits.
     *
     * @param created when it is made (a run saved twice differs only there)
     */
    public Codebook make(Dataset dataset, LearnedRun learned, ThemeRun edited, TextChoices text, Instant created,
                         CancellationToken cancel) {
        return CodebookMaker.make(dataset, learned, edited, text.redaction(), created, cancel);
    }

    /**
     * The codebook grown from a run it placed, after the analyst's edits: accepted proposed themes added with the ids
     * they showed, renames and departments taken, merged themes' centres moved, retired themes left out (their ids
     * never given again). See {@link CodebookGrower}.
     *
     * @param name    the codebook's file name
     * @param placed  the run as the codebook placed it, before any edit
     * @param edited  that run after the edits
     * @throws BadInputException when the codebook's meaning was read by another sentence model than this one's
     * @throws IllegalArgumentException when the runs were not placed by this codebook, or every theme was retired
     */
    public Codebook grow(Dataset dataset, Codebook codebook, String name, ThemeRun placed, ThemeRun edited,
                         Instant created, ProgressListener progress, CancellationToken cancel)
            throws BadInputException {
        CodebookApplier.Read read = new CodebookApplier(themeService).read(dataset, edited.requestIndexes(), codebook,
                progress, cancel);
        UnaryOperator<String> redaction = redactionOf(codebook);
        return CodebookGrower.grow(dataset, codebook, name, placed, edited, read, redaction, created, cancel);
    }

    private static UnaryOperator<String> redactionOf(Codebook codebook) {
        RedactionOptions options = CodebookMaker.textOptionsOf(codebook.space().text()).redaction();
        if (options.kinds().isEmpty()) {
            return UnaryOperator.identity();
        }
        Redactor redactor = Redactor.of(options);
        return text -> redactor.redact(text).text();
    }

    /** Writes the codebook through a temporary file; with {@code replace} false an existing file stays. */
    public void save(Codebook codebook, Path target, boolean replace) throws IOException {
        file.write(codebook, target, replace);
    }

    /** The codebook's JSON text, as {@link #save} writes it. */
    public String toJson(Codebook codebook) throws IOException {
        return file.toJson(codebook);
    }

    /**
     * @throws BadInputException when the file is missing, not a codebook, of another format version, damaged, cut
     *                           short or changed, or holds a theme id twice or no theme: one sentence saying so
     */
    public Codebook read(Path codebook) throws BadInputException {
        try {
            return file.read(codebook);
        } catch (CodebookFileException e) {
            throw new BadInputException(e.getMessage(), e);
        }
    }

    /**
     * The requests of {@code dataset} created in {@code range} in the codebook's themes (its ids and names), the
     * ones that fit none in proposed new themes or Unclear.
     *
     * @param codebookName the codebook's file name, as themes.json names it
     * @throws BadInputException when the codebook's meaning was read by another sentence model than this one's
     */
    public ThemeRun apply(Dataset dataset, DateRange range, Codebook codebook, String codebookName,
                          ProgressListener progress, CancellationToken cancel) throws BadInputException {
        return new CodebookApplier(themeService).apply(dataset, range, codebook, codebookName, progress, cancel);
    }
}
