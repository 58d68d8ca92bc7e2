package org.civicthemes.ui;

import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.civicthemes.progress.CancelledException;
import org.civicthemes.workflow.BadInputException;

/**
 * One kind of background job of a view model (export, project): whether it runs, its progress, its latest
 * message and its error, with cancel. Bad input and refusals are shown as their own sentence; anything else is
 * called a bug, and what was shown before stays.
 */
final class JobState {

    private final BackgroundRunner runner;
    private final String failure;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private BackgroundRunner.Handle current;

    /**
     * @param failure what failed, for messages ("Export", "Opening the project")
     */
    JobState(BackgroundRunner runner, String failure) {
        this.runner = runner;
        this.failure = failure;
    }

    /** Starts a job unless one runs; {@code onDone} gets its result on the UI thread. */
    <T> boolean start(String message, BackgroundRunner.Job<T> job, Consumer<T> onDone) {
        if (running.get()) {
            return false;
        }
        running.set(true);
        error.set("");
        progress.set(-1);
        status.set(message);
        current = runner.start(job, new BackgroundRunner.Callbacks<>(result -> {
            finish("");
            onDone.accept(result);
        }, this::fail, () -> finish(failure + " cancelled; what was shown stays"), (step, done, total) -> {
            progress.set(total > 0 ? Math.min(1.0, done / (double) total) : -1);
            status.set(total > 0 ? String.format(java.util.Locale.ROOT, "%s: %,d of %,d…", step, Math.min(done, total),
                    total) : step + "…");
        }));
        return true;
    }

    void cancel() {
        if (current != null && running.get()) {
            status.set("Cancelling…");
            current.cancel();
        }
    }

    void say(String message) {
        status.set(message);
    }

    void fail(String message) {
        error.set(message);
    }

    private void fail(Exception e) {
        boolean explained = e instanceof BadInputException || e instanceof IllegalArgumentException
                || e instanceof java.nio.file.FileAlreadyExistsException || e instanceof CancelledException;
        error.set(explained ? e.getMessage() : failure + " failed (" + e.getClass().getSimpleName() + ": "
                + e.getMessage() + "). Nothing was changed.");
        finish(failure + " failed");
    }

    private void finish(String message) {
        running.set(false);
        progress.set(0);
        status.set(message);
        current = null;
    }

    void dismissError() {
        error.set("");
    }

    ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
