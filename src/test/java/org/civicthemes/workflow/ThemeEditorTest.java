package org.civicthemes.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.civicthemes.io.read.SpreadsheetImporter;
import org.civicthemes.model.Dataset;
import org.civicthemes.model.DateRange;
import org.civicthemes.model.ImportOptions;
import org.civicthemes.model.Theme;
import org.civicthemes.model.ThemeEdit;
import org.civicthemes.model.ThemeOptions;
import org.civicthemes.model.ThemeRun;
import org.civicthemes.progress.CancellationToken;
import org.civicthemes.progress.ProgressListener;
import org.civicthemes.text.TextOptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Splits and edit histories on the bundled sample's first quarter of 2024, themed for real with 4 themes. */
class ThemeEditorTest {

    private static Dataset dataset;
    private static ThemeRun run;
    private static ThemeEditor editor;

    @BeforeAll
    static void themeTheSample() throws Exception {
        dataset = new SpreadsheetImporter().importFile(Path.of("sample-data", "riverton-311-requests.xlsx"),
                ImportOptions.DETECT_ALL, ProgressListener.NONE, CancellationToken.NEVER).dataset();
        run = new ThemeService().findThemes(dataset, new DateRange(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 3, 31)),
                ThemeOptions.DEFAULTS.withThemes(4), TextOptions.DEFAULTS, ProgressListener.NONE, CancellationToken.NEVER);
        editor = new ThemeEditor(dataset, TextChoices.DEFAULTS);
    }

    private static String mainTypeOf(ThemeRun r, int theme) {
        Map<String, Long> types = Arrays.stream(r.themes().assignment().documentsOf(theme))
                .mapToObj(d -> dataset.requests().get(r.requestIndexes().get(d)).category())
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        return types.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }

    @Test
    void splittingTheLargestThemeGivesPartsAboutDifferentProblems() {
        Theme largest = run.themes().themes().get(0);
        ThemeRun split = editor.apply(run, new ThemeEdit.Split(0, 2), ProgressListener.NONE, CancellationToken.NEVER);

        List<Theme> parts = split.themes().themes().stream()
                .filter(t -> !run.themes().themes().stream().map(Theme::label).toList().contains(t.label())).toList();
        assertThat(parts).hasSize(2);
        assertThat(parts.stream().mapToInt(Theme::size).sum()).isEqualTo(largest.size());
        assertThat(mainTypeOf(split, parts.get(0).id())).isNotEqualTo(mainTypeOf(split, parts.get(1).id()));
        assertThat(split.themes().unclear()).isEqualTo(run.themes().unclear());
    }

    @Test
    void replayingTheSameEditsGivesTheSameThemes() {
        List<ThemeEdit> edits = List.of(new ThemeEdit.Split(0, 3), new ThemeEdit.Rename(1, "Second"),
                new ThemeEdit.Merge(List.of(2, 3), "Two and three"), new ThemeEdit.Delete(3));

        ThemeRun once = editor.replay(run, edits, ProgressListener.NONE, CancellationToken.NEVER);
        ThemeRun again = editor.replay(run, edits, ProgressListener.NONE, CancellationToken.NEVER);

        assertThat(again.themes().themes()).isEqualTo(once.themes().themes());
        assertThat(again.themes().assignment()).isEqualTo(once.themes().assignment());
        assertThat(once.themes().themes()).extracting(Theme::label).contains("Second", "Two and three");
    }

    @Test
    void historyUndoesAndRedoesAndForgetsUndoneEditsAfterANewOne() {
        EditHistory history = new EditHistory(run);
        ThemeEdit rename = new ThemeEdit.Rename(0, "First");
        history.record(rename, editor.apply(run, rename, ProgressListener.NONE, CancellationToken.NEVER));
        ThemeEdit delete = new ThemeEdit.Delete(1);
        history.record(delete, editor.apply(history.current(), delete, ProgressListener.NONE, CancellationToken.NEVER));

        assertThat(history.undo().themes().themes()).hasSize(run.themes().themes().size());
        assertThat(history.nextRedo()).contains(delete);
        assertThat(history.undo()).isSameAs(run);
        assertThat(history.canUndo()).isFalse();
        assertThat(history.redo().labelOf(0)).isEqualTo("First");

        ThemeEdit other = new ThemeEdit.Rename(0, "Another");
        history.record(other, editor.apply(history.current(), other, ProgressListener.NONE, CancellationToken.NEVER));
        assertThat(history.canRedo()).isFalse();
        assertThat(history.applied()).containsExactly(rename, other);
    }

    @Test
    void aThemeTooSmallToSplitIsRefusedWithItsSize() {
        int[] members = run.themes().assignment().documentsOf(0);
        List<Integer> allButThree = Arrays.stream(members).skip(3).mapToObj(d -> run.requestIndexes().get(d)).toList();
        ThemeRun small = editor.apply(run, new ThemeEdit.Move(allButThree, org.civicthemes.model.ThemeAssignment.UNCLEAR),
                ProgressListener.NONE, CancellationToken.NEVER);
        int id = small.themes().themes().size() - 1;
        assertThat(small.themes().themes().get(id).size()).isEqualTo(3);

        assertThatThrownBy(() -> editor.apply(small, new ThemeEdit.Split(id, 2), ProgressListener.NONE,
                CancellationToken.NEVER)).hasMessageContaining("has 3 requests: too few to split into 2 themes");
    }
}
