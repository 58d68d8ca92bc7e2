package org.civicthemes.workflow;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.civicthemes.model.ThemeEdit;
import org.civicthemes.model.ThemeRun;

/**
 * The edits made to one run, with undo and redo. Keeps the run after each edit, so undo and redo are instant;
 * making an edit after an undo drops the edits that were undone. Not thread-safe: one owner (a view model).
 */
public final class EditHistory {

    private final ThemeRun base;
    private final List<ThemeEdit> edits = new ArrayList<>();
    private final List<ThemeRun> runs = new ArrayList<>();
    private int applied;

    public EditHistory(ThemeRun base) {
        this.base = base;
    }

    /** The run with every applied edit. */
    public ThemeRun current() {
        return applied == 0 ? base : runs.get(applied - 1);
    }

    /** The run before any edit. */
    public ThemeRun base() {
        return base;
    }

    /** The applied edits, in order (what a project stores). */
    public List<ThemeEdit> applied() {
        return List.copyOf(edits.subList(0, applied));
    }

    /** Records an edit and the run it gave. */
    public void record(ThemeEdit edit, ThemeRun result) {
        edits.subList(applied, edits.size()).clear();
        runs.subList(applied, runs.size()).clear();
        edits.add(edit);
        runs.add(result);
        applied++;
    }

    public boolean canUndo() {
        return applied > 0;
    }

    public boolean canRedo() {
        return applied < edits.size();
    }

    /** The edit undo would take back. */
    public Optional<ThemeEdit> nextUndo() {
        return canUndo() ? Optional.of(edits.get(applied - 1)) : Optional.empty();
    }

    /** The edit redo would make again. */
    public Optional<ThemeEdit> nextRedo() {
        return canRedo() ? Optional.of(edits.get(applied)) : Optional.empty();
    }

    public ThemeRun undo() {
        if (!canUndo()) {
            throw new IllegalStateException("Nothing to undo");
        }
        applied--;
        return current();
    }

    public ThemeRun redo() {
        if (!canRedo()) {
            throw new IllegalStateException("Nothing to redo");
        }
        applied++;
        return current();
    }
}
