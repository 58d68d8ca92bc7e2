package org.civicthemes.io.write;

import org.civicthemes.model.ThemeEdit;

/** The "type" of each kind of edit in a project file. */
final class ProjectEditTypes {

    static final String RENAME = "rename";
    static final String MERGE = "merge";
    static final String DELETE = "delete";
    static final String MOVE = "move";
    static final String SPLIT = "split";
    static final String DEPARTMENT = "department";
    static final String ACCEPT = "accept";
    static final String ALL = String.join(", ", RENAME, MERGE, DELETE, MOVE, SPLIT, DEPARTMENT, ACCEPT);

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
        if (edit instanceof ThemeEdit.Department) {
            return DEPARTMENT;
        }
        if (edit instanceof ThemeEdit.Accept) {
            return ACCEPT;
        }
        throw new IllegalArgumentException("No project file name for " + edit.getClass().getSimpleName());
    }
}
