package org.civicthemes.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.civicthemes.model.Codebook;
import org.civicthemes.model.CodebookSpace;
import org.civicthemes.model.DateRange;
import org.civicthemes.model.ImportOptions;
import org.civicthemes.model.ImportResult;
import org.civicthemes.model.ThemeEdit;
import org.civicthemes.model.ThemeOptions;
import org.civicthemes.model.ThemeRun;
import org.civicthemes.progress.CancellationToken;
import org.civicthemes.progress.ProgressListener;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A project whose themes a codebook placed, with the edits that grow it (a department, an accepted proposed theme,
 * a rename, a retired theme), saved and opened again: the codebook places the requests again and the edits replay to
 * the same themes, ids and departments. Words only (no sentence model), on the bundled sample's first half of 2024.
 */
class CodebookProjectTest {

    private static final DateRange Q1 = new DateRange(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 3, 31));
    private static final DateRange H1 = new DateRange(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 6, 30));

    @TempDir
    static Path dir;

    private static ImportResult imported;
    private static Path codebookFile;
    private static ThemeRun placed;
    private static List<ThemeEdit> edits;
    private static ThemeRun edited;
    private static Path saved;
    private static final ProjectStore store = new ProjectStore();

    @BeforeAll
    static void placeEditAndSave() throws Exception {
        imported = new ImportService().importFile(Path.of("sample-data", "riverton-311-requests.xlsx"),
                ImportOptions.DETECT_ALL, ProgressListener.NONE, CancellationToken.NEVER);
        ThemeService themes = new ThemeService();
        CodebookService codebooks = new CodebookService(themes);
        LearnedRun learned = themes.learnThemes(imported.dataset(), Q1,
                ThemeOptions.DEFAULTS.withThemes(8).withMeaning(false), TextChoices.DEFAULTS, ProgressListener.NONE,
                CancellationToken.NEVER);
        Codebook made = codebooks.make(imported.dataset(), learned, learned.run(), TextChoices.DEFAULTS,
                Instant.parse("2026-12-07T10:00:00Z"), CancellationToken.NEVER);
        CodebookSpace s = made.space();
        // a stricter fit than 0.2, so the second quarter has requests that fit none: proposed themes
        Codebook strict = Codebook.of(made.themes(), made.nextId(), new CodebookSpace(s.terms(), s.labels(), s.idf(),
                s.sublinearTf(), s.dimensions(), s.projection(), s.meaningModel(), s.meaningDimensions(),
                s.wordWeight(), 0.6, s.text()), made.provenance());
        codebookFile = dir.resolve("q1.codebook.json");
        codebooks.save(strict, codebookFile, false);
        placed = codebooks.apply(imported.dataset(), H1, strict, "q1.codebook.json", ProgressListener.NONE,
                CancellationToken.NEVER);
        int proposed = firstProposed(placed);
        edits = new ArrayList<>(List.of(new ThemeEdit.Department(0, "Public Works"), new ThemeEdit.Accept(proposed),
                new ThemeEdit.Rename(1, "Renamed in the project")));
        ThemeRun run = new ThemeEditor(imported.dataset(), TextChoices.DEFAULTS).replay(placed, edits,
                ProgressListener.NONE, CancellationToken.NEVER);
        ThemeEdit retire = new ThemeEdit.Delete(run.themes().themes().size() - 1);
        edits.add(retire);
        edited = new ThemeEditor(imported.dataset(), TextChoices.DEFAULTS).apply(run, retire, ProgressListener.NONE,
                CancellationToken.NEVER);
        saved = store.save(ProjectStore.snapshot(imported.dataset(), ImportOptions.DETECT_ALL, TextChoices.DEFAULTS,
                placed, edits, DateRange.ALL, codebookFile), dir.resolve("grow"), false);
    }

    private static int firstProposed(ThemeRun run) {
        for (int t = 0; t < run.themes().themes().size(); t++) {
            if (run.identity().isProposed(t)) {
                return t;
            }
        }
        throw new AssertionError("The codebook proposed no new theme");
    }

    @Test
    void openingPlacesTheRequestsByTheCodebookAgainAndReplaysTheEdits() throws Exception {
        assertThat(Files.readString(saved)).contains("\"codebook\" : \"" + codebookFile.toAbsolutePath()
                .toString().replace("\\", "\\\\") + "\"", "\"type\" : \"accept\"", "\"type\" : \"department\"");
        OpenedProject opened = store.open(store.check(saved, ProgressListener.NONE, CancellationToken.NEVER),
                ProgressListener.NONE, CancellationToken.NEVER);
        assertThat(opened.base()).isEqualTo(placed);
        assertThat(opened.themes()).isEqualTo(edited);
        assertThat(opened.themes().identity()).isEqualTo(edited.identity());
        assertThat(opened.themes().identity().departments()).contains("Public Works");
        assertThat(opened.themes().identity().codebook()).isEqualTo("q1.codebook.json");
        EditHistory history = opened.toHistory();
        assertThat(history.applied()).isEqualTo(edits);
        ThemeRun beforeRetire = history.undo();
        assertThat(beforeRetire.themes().themes()).hasSize(edited.themes().themes().size() + 1);
    }

    @Test
    void aProjectWhoseCodebookIsGoneSaysSoInOneSentence() throws Exception {
        Path copy = dir.resolve("moved.codebook.json");
        Path project = store.save(ProjectStore.snapshot(imported.dataset(), ImportOptions.DETECT_ALL,
                TextChoices.DEFAULTS, placed, List.of(), DateRange.ALL, copy), dir.resolve("gone"), false);
        ProjectCheck check = store.check(project, ProgressListener.NONE, CancellationToken.NEVER);
        assertThatThrownBy(() -> store.open(check, ProgressListener.NONE, CancellationToken.NEVER))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith("gone.civicthemes gives its requests the themes of a codebook that cannot be "
                        + "used: ")
                .hasMessageContaining("moved.codebook.json");
    }
}
