package org.civicthemes.workflow;

import java.nio.file.Path;
import java.util.Objects;
import org.civicthemes.model.Project;

/**
 * A project file read and its source looked for, before anything long is done: the workbench shows
 * {@link #message()} and asks whether to go on when the source changed, or where the file is when it is missing.
 *
 * @param projectFile the project file
 * @param project     what it holds
 * @param source      the source file found, or null when it is missing
 * @param status      whether the source is there and the same as when the project was saved
 * @param message     one sentence for the analyst; empty when the source is there and unchanged
 */
public record ProjectCheck(Path projectFile, Project project, Path source, Status status, String message) {

    /** What became of the source file since the project was saved. */
    public enum Status {
        /** Found, with the same SHA-256: opening gives exactly the saved themes. */
        UNCHANGED,
        /** Found, but its content differs: themes and edits may come out differently. */
        CHANGED,
        /** Neither at its absolute path nor at its path relative to the project file. */
        MISSING
    }

    public ProjectCheck {
        Objects.requireNonNull(projectFile, "projectFile");
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(status, "status");
        if ((source == null) != (status == Status.MISSING)) {
            throw new IllegalArgumentException("A source path is given exactly when the source was found");
        }
        message = message == null ? "" : message;
    }

    /** True when opening needs the analyst's word first (changed source) or cannot go on (missing source). */
    public boolean needsAttention() {
        return status != Status.UNCHANGED;
    }
}
