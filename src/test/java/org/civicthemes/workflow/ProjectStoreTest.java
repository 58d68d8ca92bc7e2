package org.civicthemes.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.civicthemes.model.DateRange;
import org.civicthemes.model.ImportOptions;
import org.civicthemes.model.ImportResult;
import org.civicthemes.model.Project;
import org.civicthemes.model.ProjectSource;
import org.civicthemes.model.Theme;
import org.civicthemes.model.ThemeEdit;
import org.civicthemes.model.ThemeOptions;
import org.civicthemes.model.ThemeRun;
import org.civicthemes.progress.CancellationSource;
import org.civicthemes.progress.CancellationToken;
import org.civicthemes.progress.CancelledException;
import org.civicthemes.progress.ProgressListener;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Saving and opening projects on real data: the bundled sample's first quarter of 2024 in 4 themes with a rename,
 * a merge and a split; and the Newport SeeClickFix slice (150 rows) for changed, missing and cancelled sources.
 */
class ProjectStoreTest {

    private static final DateRange Q1 = new DateRange(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 3, 31));
    private static final DateRange FEBRUARY = new DateRange(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 29));
    private static final TextChoices TEXT = new TextChoices(Set.of("street_number"), Set.of("please"));

    @TempDir
    static Path dir;

    private static final ProjectStore store = new ProjectStore();
    private static ImportResult imported;
    private static List<ThemeEdit> edits;
    private static ThemeRun base;
    private static ThemeRun edited;
    private static Path saved;

    @BeforeAll
    static void analyseEditAndSaveTheSample() throws Exception {
        Path source = copy(Path.of("sample-data", "riverton-311-requests.xlsx"), dir.resolve("exports"));
        imported = new ImportService().importFile(source, ImportOptions.DETECT_ALL, ProgressListener.NONE,
                CancellationToken.NEVER);
        base = new ThemeService().findThemes(imported.dataset(), Q1, ThemeOptions.DEFAULTS.withThemes(4).withSeed(7),
                TEXT.toTextOptions(), ProgressListener.NONE, CancellationToken.NEVER);
        edits = List.of(new ThemeEdit.Split(0, 2), new ThemeEdit.Rename(0, "Largest"),
                new ThemeEdit.Merge(List.of(1, 2), "Merged"));
        edited = new ThemeEditor(imported.dataset(), TEXT).replay(base, edits, ProgressListener.NONE,
                CancellationToken.NEVER);
        saved = store.save(ProjectStore.snapshot(imported.dataset(), ImportOptions.DETECT_ALL, TEXT, base, edits,
                FEBRUARY), dir.resolve("projects").resolve("q1"), false);
    }

    @Test
    void reopeningGivesExactlyTheSavedThemesAndAssignment() throws Exception {
        ProjectCheck check = store.check(saved, ProgressListener.NONE, CancellationToken.NEVER);
        assertThat(check.status()).isEqualTo(ProjectCheck.Status.UNCHANGED);
        assertThat(check.message()).isEmpty();

        OpenedProject opened = store.open(check, ProgressListener.NONE, CancellationToken.NEVER);

        assertThat(opened.themes().themes().themes()).extracting(Theme::label).contains("Largest", "Merged")
                .isEqualTo(edited.themes().themes().stream().map(Theme::label).toList());
        assertThat(opened.themes().themes().themes()).extracting(Theme::size)
                .isEqualTo(edited.themes().themes().stream().map(Theme::size).toList());
        assertThat(opened.themes()).isEqualTo(edited);
        assertThat(opened.themes().themes().assignment()).isEqualTo(edited.themes().assignment());
        assertThat(opened.base()).isEqualTo(base);
        assertThat(opened.sourceChanged()).isFalse();
        assertThat(opened.text()).isEqualTo(TEXT);
        assertThat(opened.project().viewRange()).isEqualTo(FEBRUARY);
        assertThat(opened.project().themeRange()).isEqualTo(Q1);
        EditHistory history = opened.toHistory();
        assertThat(history.applied()).isEqualTo(edits);
        assertThat(history.undo()).isEqualTo(opened.runs().get(1));
    }

    @Test
    void theFileKeepsTheSourceRelativeToTheProjectAndTheSeed() throws Exception {
        String json = Files.readString(saved);

        assertThat(saved.getFileName().toString()).isEqualTo("q1.civicthemes");
        assertThat(json).contains("\"relativePath\" : \"../exports/riverton-311-requests.xlsx\"",
                "\"sha256\" : \"" + imported.dataset().source().sha256() + "\"",
                "\"size\" : " + Files.size(dir.resolve("exports").resolve("riverton-311-requests.xlsx")),
                "\"seed\" : 7", "\"count\" : 4", "\"keptPersonalData\" : [ \"street_number\" ]",
                "\"type\" : \"split\"");
    }

    @Test
    void aMovedFolderIsFoundThroughTheRelativePath(@TempDir Path elsewhere) throws Exception {
        Path before = elsewhere.resolve("before");
        Path source = copy(Path.of("sample-data", "riverton-311-requests.xlsx"), before.resolve("data"));
        Project project = ProjectStore.snapshot(imported.dataset(), ImportOptions.DETECT_ALL, TEXT, base, edits,
                FEBRUARY);
        Path file = store.save(project.withSource(new ProjectSource(source.toString(), "", project.source().sha256(),
                project.source().size())), before.resolve("q1.civicthemes"), false);
        Path after = Files.move(before, elsewhere.resolve("after"));

        ProjectCheck check = store.check(after.resolve(file.getFileName()), ProgressListener.NONE,
                CancellationToken.NEVER);

        assertThat(Files.exists(source)).isFalse();
        assertThat(check.status()).isEqualTo(ProjectCheck.Status.UNCHANGED);
        assertThat(check.source()).isEqualTo(after.resolve("data").resolve("riverton-311-requests.xlsx"));
        assertThat(store.open(check, ProgressListener.NONE, CancellationToken.NEVER).themes()).isEqualTo(edited);
    }

    @Test
    void anExistingProjectIsReplacedOnlyWhenAsked() throws Exception {
        Path other = dir.resolve("projects").resolve("replace-me.civicthemes");
        Project project = ProjectStore.snapshot(imported.dataset(), ImportOptions.DETECT_ALL, TEXT, base, List.of(),
                DateRange.ALL);
        store.save(project, other, false);
        Project more = ProjectStore.snapshot(imported.dataset(), ImportOptions.DETECT_ALL, TEXT, base, edits,
                DateRange.ALL);

        assertThatThrownBy(() -> store.save(more, other, false)).isInstanceOf(FileAlreadyExistsException.class);
        assertThat(Files.readString(other)).doesNotContain("\"type\"");
        store.save(more, other, true);
        assertThat(Files.readString(other)).contains("\"type\" : \"merge\"");
    }

    @Test
    void aChangedSourceIsReportedAndCanStillBeOpened(@TempDir Path work) throws Exception {
        Path csv = newportCopy(work);
        Path file = saveNewport(csv, work.resolve("newport"));
        Files.writeString(csv, Files.readString(csv).replace("water on road.", "water on the road."));

        ProjectCheck check = store.check(file, ProgressListener.NONE, CancellationToken.NEVER);

        assertThat(check.status()).isEqualTo(ProjectCheck.Status.CHANGED);
        assertThat(check.needsAttention()).isTrue();
        assertThat(check.message()).startsWith("newport.csv has changed since the project was saved (")
                .contains("bytes then, ", "Continue with the file as it is now");
        OpenedProject opened = store.open(check, ProgressListener.NONE, CancellationToken.NEVER);
        assertThat(opened.sourceChanged()).isTrue();
        assertThat(opened.themes().themes().themes()).extracting(Theme::label).contains("Drains");
    }

    @Test
    void aChangedSourceCanBeGivenTheProjectsThemesWithTheirNamesAndIds(@TempDir Path work) throws Exception {
        Path csv = newportCopy(work);
        Path file = saveNewport(csv, work.resolve("newport"));
        Files.writeString(csv, Files.readString(csv).replace("water on road.", "water on the road."));
        ProjectCheck check = store.check(file, ProgressListener.NONE, CancellationToken.NEVER);
        assertThat(check.status()).isEqualTo(ProjectCheck.Status.CHANGED);

        ProjectOnChangedSource placed = store.openWithProjectThemes(check, java.time.Instant.parse(
                "2026-12-07T12:00:00Z"), ProgressListener.NONE, CancellationToken.NEVER);

        OpenedProject opened = placed.project();
        assertThat(opened.sourceChanged()).isTrue();
        ThemeRun run = placed.placed();
        assertThat(run.identity().fromCodebook()).isTrue();
        assertThat(run.identity().codebook()).isEqualTo(file.getFileName().toString());
        assertThat(placed.codebook().themes()).extracting(org.civicthemes.model.CodebookTheme::name)
                .as("the analyst's rename is kept").contains("Drains")
                .containsExactlyElementsOf(opened.themes().themes().themes().stream().map(Theme::label).toList());
        for (int position = 0; position < placed.codebook().themes().size(); position++) {
            assertThat(run.identity().idOf(position)).isEqualTo(placed.codebook().themes().get(position).id());
            assertThat(run.labelOf(position)).isEqualTo(placed.codebook().themes().get(position).name());
        }
        assertThat(run.size()).as("every request of the changed file is placed")
                .isEqualTo(opened.imported().dataset().size());
        org.civicthemes.analysis.SinceCodebook since = org.civicthemes.analysis.SinceCodebook.of(
                opened.imported().dataset(), run, placed.codebook(), TextChoices.DEFAULTS.redaction());
        assertThat(since.themes()).hasSize(placed.codebook().themes().size());
        assertThat(since.requestsBefore()).isEqualTo(placed.codebook().provenance().requests());
        assertThat(since.themes().stream().mapToLong(org.civicthemes.analysis.SinceCodebook.Kept::now).sum()
                + run.themes().unclear().size() + run.themes().noDescription().size()
                + since.proposed().stream().mapToLong(org.civicthemes.analysis.SinceCodebook.Proposed::size).sum())
                .isEqualTo(run.size());
    }

    @Test
    void aMissingSourceSaysWhichFileAndWhereAndCanBeChosenElsewhere(@TempDir Path work) throws Exception {
        Path csv = newportCopy(work);
        Path file = saveNewport(csv, work.resolve("newport"));
        Path kept = Files.move(csv, work.resolve("kept.csv"));

        ProjectCheck check = store.check(file, ProgressListener.NONE, CancellationToken.NEVER);

        assertThat(check.status()).isEqualTo(ProjectCheck.Status.MISSING);
        assertThat(check.message()).isEqualTo("The source file of newport.civicthemes, newport.csv, was not found at "
                + csv + ". Put the file back in one of these places, or choose where it is now.");
        assertThatThrownBy(() -> store.open(check, ProgressListener.NONE, CancellationToken.NEVER))
                .isInstanceOf(BadInputException.class).hasMessage(check.message());
        ProjectCheck chosen = store.relocate(check, kept, ProgressListener.NONE, CancellationToken.NEVER);
        assertThat(chosen.status()).isEqualTo(ProjectCheck.Status.UNCHANGED);
        assertThat(store.open(chosen, ProgressListener.NONE, CancellationToken.NEVER).sourceChanged()).isFalse();
    }

    @Test
    void openingReportsItsStepsAndStopsWhenCancelled(@TempDir Path work) throws Exception {
        Path file = saveNewport(newportCopy(work), work.resolve("newport"));
        List<String> steps = Collections.synchronizedList(new ArrayList<>());
        ProgressListener record = (step, done, total) -> {
            if (!steps.contains(step)) {
                steps.add(step);
            }
        };

        ProjectCheck check = store.check(file, record, CancellationToken.NEVER);
        store.open(check, record, CancellationToken.NEVER);
        CancellationSource cancel = new CancellationSource();
        cancel.cancel();

        assertThat(steps).startsWith(ProjectStore.STEP_READ, SourceLocator.STEP).endsWith(ProjectStore.STEP_EDITS);
        assertThat(steps.size()).isGreaterThan(4);
        assertThatThrownBy(() -> store.open(check, ProgressListener.NONE, cancel))
                .isInstanceOf(CancelledException.class);
    }

    @Test
    void aDamagedProjectFileIsNamedWithItsLine(@TempDir Path work) throws Exception {
        Path damaged = Files.writeString(work.resolve("damaged.civicthemes"),
                Files.readString(saved).replace("\"formatVersion\" : 1,", "\"formatVersion\" : 1"));

        assertThatThrownBy(() -> store.check(damaged, ProgressListener.NONE, CancellationToken.NEVER))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith("damaged.civicthemes is damaged at line 4, column 3");
    }

    /** A project of the Newport slice in 2 themes with one rename, saved beside it. */
    private static Path saveNewport(Path csv, Path target) throws Exception {
        ImportResult newport = new ImportService().importFile(csv, ImportOptions.DETECT_ALL, ProgressListener.NONE,
                CancellationToken.NEVER);
        ThemeRun run = new ThemeService().findThemes(newport.dataset(), DateRange.ALL,
                ThemeOptions.DEFAULTS.withThemes(2), TextChoices.DEFAULTS.toTextOptions(), ProgressListener.NONE,
                CancellationToken.NEVER);
        List<ThemeEdit> rename = List.of(new ThemeEdit.Rename(0, "Drains"));
        return store.save(ProjectStore.snapshot(newport.dataset(), ImportOptions.DETECT_ALL, TextChoices.DEFAULTS, run,
                rename, DateRange.ALL), target, false);
    }

    private static Path newportCopy(Path folder) throws Exception {
        return Files.copy(Path.of("src", "test", "resources", "realdata", "newport_seeclickfix_2017_head150.csv"),
                folder.resolve("newport.csv"));
    }

    private static Path copy(Path file, Path folder) throws Exception {
        Files.createDirectories(folder);
        return Files.copy(file, folder.resolve(file.getFileName()));
    }
}
