package org.civicthemes.ui;

import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.civicthemes.model.DateRange;
import org.civicthemes.model.ImportResult;
import org.civicthemes.model.ThemeCount;
import org.civicthemes.model.ThemeEdit;
import org.civicthemes.model.ThemeOptions;
import org.civicthemes.model.ThemeRun;
import org.civicthemes.progress.CancellationToken;
import org.civicthemes.progress.ProgressListener;
import org.civicthemes.workflow.EditHistory;
import org.civicthemes.workflow.TextChoices;
import org.civicthemes.workflow.ThemeEditor;
import org.civicthemes.workflow.ThemeService;

/**
 * Finding themes and editing them: runs the theme service in the background with progress and cancel, keeps
 * the edit history with undo and redo, and publishes one {@link ViewState} that every view reads. A failed or
 * cancelled run leaves the previous themes as they were.
 */
public final class AnalysisViewModel {

    private final ThemeService themeService;
    private final org.civicthemes.workflow.CodebookService codebooks;

    private final ObjectProperty<ViewState> state = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper("Undo");
    private final ReadOnlyStringWrapper redoText = new ReadOnlyStringWrapper("Redo");

    private ImportResult imported;
    private RunChoices choices = RunChoices.DEFAULTS;
    private EditHistory history;
    private java.nio.file.Path codebookFile;
    private final JobState job;

    public AnalysisViewModel(ThemeService themeService, BackgroundRunner runner) {
        this.themeService = themeService;
        this.codebooks = new org.civicthemes.workflow.CodebookService(themeService);
        this.job = new JobState(runner, "Finding themes");
    }

    /** Finds themes in freshly imported requests, with the current choices; the filter is cleared. */
    public void analyze(ImportResult result) {
        analyze(result, choices.withThemesRange(DateRange.ALL));
    }

    /** Finds themes in freshly imported requests with the given choices; the filter is cleared. */
    public void analyze(ImportResult result, RunChoices runChoices) {
        start(result, runChoices, RequestFilter.NONE);
    }

    /** Finds themes again in the same requests with new choices, keeping the filter. */
    public void rerun(RunChoices newChoices) {
        if (imported != null) {
            start(imported, newChoices, currentFilter());
        }
    }

    /**
     * Saves the themes as they stand (with the analyst's renames, merges, splits and deletions) as a codebook: the run
     * is found again with the same choices, keeping what the engine learned, and the edits' themes are made of it.
     */
    public void saveCodebook(java.nio.file.Path target) {
        if (imported == null || history == null) {
            return;
        }
        ImportResult source = imported;
        RunChoices used = choices;
        org.civicthemes.model.ThemeRun edited = history.current();
        if (edited.identity().fromCodebook()) {
            saveGrownCodebook(target, source, edited);
            return;
        }
        ThemeOptions options = ThemeOptions.DEFAULTS.withThemes(used.themes()).withSeed(used.seed())
                .withMeaning(used.meaning());
        job.start("Saving the codebook…", (listener, cancel) -> {
            org.civicthemes.workflow.LearnedRun learned = themeService.learnThemes(source.dataset(),
                    used.themesRange(), options, used.text(), listener, cancel);
            org.civicthemes.model.Codebook codebook = codebooks.make(source.dataset(), learned, edited, used.text(),
                    java.time.Instant.now(), cancel);
            codebooks.save(codebook, target, true);
            return codebook;
        }, codebook -> job.say(String.format(Locale.US, "Saved %d themes as the codebook %s",
                codebook.themes().size(), target.getFileName())));
    }

    /**
     * Saves the codebook that placed the themes again, grown by the analyst's edits: accepted proposed themes with the
     * ids they show, renames and departments, merged themes' centres moved, retired themes left out.
     */
    private void saveGrownCodebook(java.nio.file.Path target, ImportResult source, ThemeRun edited) {
        java.nio.file.Path used = codebookFile;
        ThemeRun placed = history.base();
        if (used == null) {
            job.fail("The codebook these themes came from is not known; use it again (Themes > Use themes from a "
                    + "codebook…), then save.");
            return;
        }
        job.start("Saving the grown codebook…", (listener, cancel) -> {
            org.civicthemes.model.Codebook codebook = codebooks.read(used);
            org.civicthemes.model.Codebook grown = codebooks.grow(source.dataset(), codebook,
                    used.getFileName().toString(), placed, edited, java.time.Instant.now(), listener, cancel);
            codebooks.save(grown, target, true);
            return grown;
        }, grown -> job.say(String.format(Locale.US, "Saved %d themes as the codebook %s (next id %d)",
                    grown.themes().size(), target.getFileName(), grown.nextId())));
    }

    /** The codebook whose themes the requests were given; null for themes found from scratch. */
    public java.nio.file.Path codebookFile() {
        return codebookFile;
    }

    /**
     * Gives the requests the themes of a codebook (their ids and names), proposing new themes for requests that fit
     * none; the edit history starts again from there. A codebook that cannot be used leaves what is shown.
     */
    public void useCodebook(java.nio.file.Path file) {
        if (imported == null) {
            return;
        }
        ImportResult source = imported;
        RequestFilter filter = currentFilter();
        RunChoices used = choices;
        job.start("Placing the requests in the codebook's themes…", (listener, cancel) -> {
            org.civicthemes.model.Codebook codebook = codebooks.read(file);
            return new Placed(codebook, codebooks.apply(source.dataset(), DateRange.ALL, codebook,
                    file.getFileName().toString(), listener, cancel));
        }, placed -> {
            ThemeRun run = placed.run();
            choices = used.withThemesRange(DateRange.ALL);
            codebookFile = file;
            history = new EditHistory(run);
            state.set(new ViewState(source.dataset(), run, filter, used.text().redaction(), placed.codebook()));
            refreshHistory();
            long proposed = java.util.stream.IntStream.range(0, run.themes().themes().size())
                    .filter(t -> run.identity().isProposed(t)).count();
            job.say(String.format(Locale.US, "%d themes of the codebook %s and %d proposed new over %,d requests",
                    run.themes().themes().size() - proposed, file.getFileName(), proposed, run.size()));
        });
    }

    /** A codebook and the run it placed. */
    private record Placed(org.civicthemes.model.Codebook codebook, ThemeRun run) {
    }

    /** "Find themes again inside this date range": re-clusters only the requests in the filter's range. */
    public void findAgainInRange() {
        rerun(choices.withThemesRange(currentFilter().range()));
    }

    private void start(ImportResult result, RunChoices runChoices, RequestFilter filter) {
        ThemeOptions options = ThemeOptions.DEFAULTS.withThemes(runChoices.themes()).withSeed(runChoices.seed())
                .withMeaning(runChoices.meaning());
        job.start("Finding themes…", (listener, cancel) -> themeService.findThemes(result.dataset(),
                runChoices.themesRange(), options, runChoices.text(), listener, cancel), run -> {
                    imported = result;
                    choices = runChoices;
                    codebookFile = null;
                    history = new EditHistory(run);
                    state.set(new ViewState(result.dataset(), run, filter, runChoices.text().redaction()));
                    refreshHistory();
                    job.say(foundMessage(run));
                });
    }

    /** What the status line says after a run: how many themes, and whether meaning shaped them. */
    static String foundMessage(org.civicthemes.model.ThemeRun run) {
        org.civicthemes.model.MeaningUse meaning = run.themes().meaning();
        String how = switch (meaning.status()) {
            case ON -> " by meaning and words";
            case OFF -> " by words";
            case UNAVAILABLE -> " by words only. " + meaning.detail();
        };
        return String.format(Locale.US, "Found %d themes in %,d requests%s", run.themes().themes().size(), run.size(),
                how);
    }

    /** Shows an opened project: its import, its themes with their edits (which can be undone), its filter. */
    public void show(org.civicthemes.workflow.OpenedProject opened) {
        ThemeOptions options = opened.base().themes().options();
        imported = opened.imported();
        choices = new RunChoices(options.themes(), options.seed(), opened.text(), opened.project().themeRange(),
                options.meaning());
        history = opened.toHistory();
        codebookFile = opened.project().usesCodebook() ? java.nio.file.Path.of(opened.project().codebook()) : null;
        state.set(new ViewState(imported.dataset(), history.current(),
                RequestFilter.NONE.withRange(opened.project().viewRange()), choices.text().redaction()));
        refreshHistory();
        job.dismissError();
        job.say("Opened " + opened.projectFile().getFileName());
    }

    /**
     * Shows a project whose changed source was given the project's themes as a codebook: the placed themes (the edit
     * history starts from them), with what changed since the project's themes.
     */
    public void showPlaced(org.civicthemes.workflow.ProjectOnChangedSource placed) {
        org.civicthemes.workflow.OpenedProject opened = placed.project();
        ThemeOptions options = opened.base().themes().options();
        imported = opened.imported();
        choices = new RunChoices(options.themes(), options.seed(), opened.text(), DateRange.ALL, options.meaning());
        history = new EditHistory(placed.placed());
        state.set(new ViewState(imported.dataset(), history.current(),
                RequestFilter.NONE.withRange(opened.project().viewRange()), choices.text().redaction(),
                placed.codebook()));
        refreshHistory();
        job.dismissError();
    }

    /** The run before any edit, and the edits made since (what a project stores). */
    public EditHistory history() {
        return history;
    }

    /** Applies an edit; a split finds themes in the background, the others are instant. */
    public void edit(ThemeEdit edit) {
        if (history == null || job.runningProperty().get()) {
            return;
        }
        job.dismissError();
        ThemeEditor editor = new ThemeEditor(imported.dataset(), choices.text());
        ThemeRun before = history.current();
        if (!(edit instanceof ThemeEdit.Split)) {
            try {
                record(edit, editor.apply(before, edit, ProgressListener.NONE, CancellationToken.NEVER));
            } catch (IllegalArgumentException e) {
                job.fail(e.getMessage());
            }
            return;
        }
        job.start("Splitting the theme…", (listener, cancel) -> editor.apply(before, edit, listener, cancel),
                run -> record(edit, run));
    }

    private void record(ThemeEdit edit, ThemeRun run) {
        history.record(edit, run);
        state.set(state.get().withRun(run));
        refreshHistory();
        job.say(edit.describe());
    }

    public void undo() {
        if (history != null && history.canUndo() && !job.runningProperty().get()) {
            String what = history.nextUndo().map(ThemeEdit::describe).orElse("");
            state.set(state.get().withRun(history.undo()));
            refreshHistory();
            job.say("Undone: " + what);
        }
    }

    public void redo() {
        if (history != null && history.canRedo() && !job.runningProperty().get()) {
            String what = history.nextRedo().map(ThemeEdit::describe).orElse("");
            state.set(state.get().withRun(history.redo()));
            refreshHistory();
            job.say("Redone: " + what);
        }
    }

    /** Narrows every view to a date range, category and district. */
    public void filter(RequestFilter filter) {
        if (state.get() != null && !state.get().filter().equals(filter)) {
            state.set(state.get().withFilter(filter));
        }
    }

    public void cancel() {
        job.cancel();
    }

    private void refreshHistory() {
        canUndo.set(history.canUndo());
        canRedo.set(history.canRedo());
        undoText.set(history.nextUndo().map(e -> "Undo " + e.describe()).orElse("Undo"));
        redoText.set(history.nextRedo().map(e -> "Redo " + e.describe()).orElse("Redo"));
    }

    private RequestFilter currentFilter() {
        return state.get() == null ? RequestFilter.NONE : state.get().filter();
    }

    /** The state every view reads; null until themes have been found. */
    public ObjectProperty<ViewState> stateProperty() {
        return state;
    }

    public RunChoices choices() {
        return choices;
    }

    public ImportResult imported() {
        return imported;
    }

    /** The edits applied so far, in order. */
    public java.util.List<ThemeEdit> edits() {
        return history == null ? java.util.List.of() : history.applied();
    }

    public ReadOnlyStringProperty statusProperty() {
        return job.statusProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return job.errorProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return job.progressProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return job.runningProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty undoTextProperty() {
        return undoText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoTextProperty() {
        return redoText.getReadOnlyProperty();
    }

    /** Clears the error shown. */
    public void dismissError() {
        job.dismissError();
    }

    /** The themes as the analyst chose to find them. */
    public record RunChoices(ThemeCount themes, long seed, TextChoices text, DateRange themesRange, boolean meaning) {
        public static final RunChoices DEFAULTS = new RunChoices(ThemeCount.AUTO, ThemeOptions.DEFAULTS.seed(),
                TextChoices.DEFAULTS, DateRange.ALL, ThemeOptions.DEFAULTS.meaning());

        public RunChoices {
            java.util.Objects.requireNonNull(themes, "themes");
            java.util.Objects.requireNonNull(text, "text");
            java.util.Objects.requireNonNull(themesRange, "themesRange");
        }

        /** Choices that read meaning as the defaults say. */
        public RunChoices(ThemeCount themes, long seed, TextChoices text, DateRange themesRange) {
            this(themes, seed, text, themesRange, ThemeOptions.DEFAULTS.meaning());
        }

        public RunChoices withThemesRange(DateRange range) {
            return new RunChoices(themes, seed, text, range, meaning);
        }
    }
}
