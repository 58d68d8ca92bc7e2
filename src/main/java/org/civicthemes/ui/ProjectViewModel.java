package org.civicthemes.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.civicthemes.model.Project;
import org.civicthemes.workflow.BadInputException;
import org.civicthemes.workflow.OpenedProject;
import org.civicthemes.workflow.ProjectCheck;
import org.civicthemes.workflow.ProjectStore;

/**
 * Save project and Open project: one file holding the source, the reading options, the theme options and seed,
 * every edit and the filter, so reopening shows exactly the same themes. Opening asks the analyst (through
 * {@link Questions}) when the source changed or cannot be found.
 */
public final class ProjectViewModel {

    /** What the analyst chose when the project's source changed. */
    public enum ChangedSource {
        /** Open the project on the file as it is now: themes found again, edits replayed. */
        OPEN_AS_SAVED,
        /** Give the changed file the project's themes (with the edits) as a codebook: names and ids kept. */
        USE_THEMES_ON_CHANGED_FILE,
        /** Do not open the project. */
        DO_NOT_OPEN
    }

    /** What opening a project may need to ask. */
    public interface Questions {
        /** The source differs from when the project was saved: go on anyway? */
        boolean continueWithChangedSource(String message);

        /**
         * The source differs from when the project was saved: open it as it is, give the changed file the project's
         * themes, or not open it. By default, as {@link #continueWithChangedSource} answers.
         */
        default ChangedSource onChangedSource(String message) {
            return continueWithChangedSource(message) ? ChangedSource.OPEN_AS_SAVED : ChangedSource.DO_NOT_OPEN;
        }

        /** The source cannot be found: which file is it? */
        Optional<Path> locateSource(String message);
    }

    private final ProjectStore store;
    private final WorkbenchModel workbench;
    private final JobState job;
    private final RecentProjects recent;

    public ProjectViewModel(ProjectStore store, WorkbenchModel workbench, BackgroundRunner runner,
                            RecentProjects recent) {
        this.store = store;
        this.workbench = workbench;
        this.job = new JobState(runner, "Opening the project");
        this.recent = recent;
    }

    /** Whether there is something to save. */
    public boolean canSave() {
        return workbench.analysis().stateProperty().get() != null;
    }

    /**
     * Saves the project; {@code replace} is true once the analyst agreed to replace an existing file.
     *
     * @return the file written, or empty when nothing could be saved (the error says why)
     */
    public Optional<Path> save(Path file, boolean replace) {
        AnalysisViewModel analysis = workbench.analysis();
        ViewState state = analysis.stateProperty().get();
        if (state == null || analysis.history() == null) {
            job.fail("There is nothing to save yet: open a 311 export first.");
            return Optional.empty();
        }
        try {
            Project project = ProjectStore.snapshot(state.dataset(), workbench.importer().reading(),
                    analysis.choices().text(), analysis.history().base(), analysis.history().applied(),
                    state.filter().range(), analysis.codebookFile());
            Path written = store.save(project, file, replace);
            recent.add(written);
            job.say("Saved " + written.getFileName());
            return Optional.of(written);
        } catch (java.nio.file.FileAlreadyExistsException e) {
            job.fail(file.getFileName() + " already exists; choose another name or agree to replace it.");
        } catch (java.io.IOException e) {
            job.fail("The project could not be saved to " + file + " (" + e.getMessage() + "). Check that the folder "
                    + "exists and can be written.");
        }
        return Optional.empty();
    }

    /** Opens a project in the background; the themes on screen stay until it has opened. */
    public void open(Path file, Questions questions) {
        if (!Files.isRegularFile(file)) {
            job.fail(file + " does not exist. Choose another project file.");
            recent.remove(file);
            return;
        }
        job.start("Opening " + file.getFileName() + "…", (progress, cancel) -> {
            return store.check(file, progress, cancel);
        }, check -> afterCheck(check, questions));
    }

    private void afterCheck(ProjectCheck check, Questions questions) {
        ProjectCheck ready = check;
        ChangedSource choice = ChangedSource.OPEN_AS_SAVED;
        if (check.status() == ProjectCheck.Status.CHANGED) {
            choice = questions.onChangedSource(check.message());
            if (choice == ChangedSource.DO_NOT_OPEN) {
                job.say("Not opened: the source file changed.");
                return;
            }
        }
        if (check.status() == ProjectCheck.Status.MISSING) {
            Optional<Path> located = questions.locateSource(check.message());
            if (located.isEmpty()) {
                job.say("Not opened: the source file was not found.");
                return;
            }
            try {
                ready = store.relocate(check, located.get(), org.civicthemes.progress.ProgressListener.NONE,
                        org.civicthemes.progress.CancellationToken.NEVER);
            } catch (BadInputException e) {
                job.fail(e.getMessage());
                return;
            }
            if (ready.status() == ProjectCheck.Status.CHANGED) {
                choice = questions.onChangedSource(ready.message());
                if (choice == ChangedSource.DO_NOT_OPEN) {
                    job.say("Not opened: the file chosen differs from the project's source.");
                    return;
                }
            }
        }
        ProjectCheck chosen = ready;
        if (choice == ChangedSource.USE_THEMES_ON_CHANGED_FILE) {
            job.start("Giving " + chosen.source().getFileName() + " the themes of " + check.projectFile().getFileName()
                            + "…", (progress, cancel) -> store.openWithProjectThemes(chosen, java.time.Instant.now(),
                            progress, cancel), placed -> showPlaced(placed, chosen.source()));
            return;
        }
        job.start("Opening " + check.projectFile().getFileName() + "…",
                (progress, cancel) -> store.open(chosen, progress, cancel), opened -> show(opened, chosen.source()));
    }

    private void showPlaced(org.civicthemes.workflow.ProjectOnChangedSource placed, Path source) {
        OpenedProject opened = placed.project();
        workbench.importer().showResult(opened.imported(), source, opened.project().reading());
        workbench.analysis().showPlaced(placed);
        workbench.filter().fromProperty().set(opened.project().viewRange().from());
        workbench.filter().toProperty().set(opened.project().viewRange().to());
        recent.add(opened.projectFile());
        long proposed = java.util.stream.IntStream.range(0, placed.placed().themes().themes().size())
                .filter(t -> placed.placed().identity().isProposed(t)).count();
        job.say(String.format(java.util.Locale.US, "Gave %s the %d themes of %s (names and ids kept), %d proposed "
                        + "new; What changed shows the difference", source.getFileName(),
                placed.codebook().themes().size(), opened.projectFile().getFileName(), proposed));
    }

    private void show(OpenedProject opened, Path source) {
        workbench.importer().showResult(opened.imported(), source, opened.project().reading());
        workbench.analysis().show(opened);
        workbench.filter().fromProperty().set(opened.project().viewRange().from());
        workbench.filter().toProperty().set(opened.project().viewRange().to());
        recent.add(opened.projectFile());
        job.say("Opened " + opened.projectFile().getFileName() + (opened.sourceChanged()
                ? " (the source changed since it was saved)" : ""));
    }

    public void cancel() {
        job.cancel();
    }

    JobState job() {
        return job;
    }
}
