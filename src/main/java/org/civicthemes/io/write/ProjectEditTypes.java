package org.civicthemes.io.write;

import org.civicthemes.model.ThemeEdit;

/** The "type" of each kind of edit in a project file. */
final class ProjectEditTypes {

    static final String RENAME = "rename";
    static final String MERGE = "merge";
    static final String DELETE = "delete";
    static final String MOVE = "move";
    static final String SPLIT = "split";
    static final String ALL = String.join(", ", RENAME, MERGE, DELETE, MOVE, SPLIT);

    private ProjectEditTypes() {
    }

    static String nameOf(ThemeEdit edit) {
        if (edit instanceof ThemeEdit.Rename) {
            return RENAME;
        }
        if (edit instanceof ThemeEdit.Merge) {
            return MERGE;
        }
        if (edit instanceof ThemeEdit.Delete) {
            return DELETE;
        }
        if (edit instanceof ThemeEdit.Move) {
            return MOVE;
        }
        if (edit instanceof ThemeEdit.Split) {
            return SPLIT;
        }
        throw new IllegalArgumentException("No project file name for " + edit.getClass().getSimpleName());
    }
}
