package org.civicthemes.workflow;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.civicthemes.model.ImportResult;
import org.civicthemes.model.Project;
import org.civicthemes.model.ThemeRun;

/**
 * A project opened again: its source imported, its themes found and its edits replayed.
 *
 * @param projectFile   the project file
 * @param project       what the file holds (its source as found now, when it was found elsewhere)
 * @param imported      the source imported with the project's reading options
 * @param text          the project's text choices
 * @param base          the themes as found, before any edit
 * @param runs          the themes after each edit, in order: {@code runs.get(i)} follows edit {@code i}
 * @param sourceChanged true when the source's content differs from the one the project was saved with
 */
public record OpenedProject(Path projectFile, Project project, ImportResult imported, TextChoices text, ThemeRun base,
                            List<ThemeRun> runs, boolean sourceChanged) {

    public OpenedProject {
        Objects.requireNonNull(projectFile, "projectFile");
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(imported, "imported");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(base, "base");
        runs = List.copyOf(runs);
        if (runs.size() != project.edits().size()) {
            throw new IllegalArgumentException("One run per edit: " + runs.size() + " for " + project.edits().size());
        }
    }

    /** The themes with every edit applied: what the workbench shows. */
    public ThemeRun themes() {
        return runs.isEmpty() ? base : runs.get(runs.size() - 1);
    }

    /** A new edit history holding the project's edits, so the analyst can undo them one by one. */
    public EditHistory toHistory() {
        EditHistory history = new EditHistory(base);
        for (int i = 0; i < runs.size(); i++) {
            history.record(project.edits().get(i), runs.get(i));
        }
        return history;
    }
}
