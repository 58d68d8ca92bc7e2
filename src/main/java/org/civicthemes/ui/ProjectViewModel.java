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

    /** What opening a project may need to ask. */
    public interface Questions {
        /** The source differs from when the project was saved: go on anyway? */
        boolean continueWithChangedSource(String message);

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
        if (check.status() == ProjectCheck.Status.CHANGED && !questions.continueWithChangedSource(check.message())) {
            job.say("Not opened: the source file changed.");
            return;
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
            if (ready.status() == ProjectCheck.Status.CHANGED
                    && !questions.continueWithChangedSource(ready.message())) {
                job.say("Not opened: the file chosen differs from the project's source.");
                return;
            }
        }
        ProjectCheck chosen = ready;
        job.start("Opening " + check.projectFile().getFileName() + "…",
                (progress, cancel) -> store.open(chosen, progress, cancel), opened -> show(opened, chosen.source()));
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
