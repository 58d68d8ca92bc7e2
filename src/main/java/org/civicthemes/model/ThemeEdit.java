package org.civicthemes.model;

import java.util.List;
import java.util.Objects;

/**
 * One change the analyst makes to the themes of a run. Theme ids are those of the run the edit is applied to
 * (ids are positions, so they can change after each edit); requests are positions in {@link Dataset#requests()},
 * which never change. Edits are values: a project stores them in order and replays them.
 */
public sealed interface ThemeEdit {

    /** Longest label accepted. */
    int MAX_LABEL = 80;

    /** A short description for undo/redo menus ("Rename theme to 'Graffiti removal'"). */
    String describe();

    /**
     * An edit that only relabels or regroups the requests already grouped (rename, merge, delete, move): a pure
     * function of the run. A {@link Split} is the other kind: it finds themes again inside one theme.
     */
    sealed interface Regrouping extends ThemeEdit {
    }

    /** Gives a theme a new label. */
    record Rename(int theme, String label) implements Regrouping {
        public Rename {
            label = checkedLabel(label);
        }

        @Override
        public String describe() {
            return "Rename theme to '" + label + "'";
        }
    }

    /** Puts two or more themes together under one label. */
    record Merge(List<Integer> themes, String label) implements Regrouping {
        public Merge {
            themes = List.copyOf(themes);
            if (themes.size() < 2 || themes.stream().distinct().count() != themes.size()) {
                throw new IllegalArgumentException("Choose two or more different themes to merge: " + themes);
            }
            label = checkedLabel(label);
        }

        @Override
        public String describe() {
            return "Merge " + themes.size() + " themes into '" + label + "'";
        }
    }

    /**
     * Removes a theme; its requests go to Unclear. In a run placed by a codebook this retires the theme: it is left out
     * of the codebook saved again, and its id is never given to another theme.
     */
    record Delete(int theme) implements Regrouping {
        @Override
        public String describe() {
            return "Delete theme";
        }
    }

    /**
     * Moves requests to a theme, or to Unclear with {@link ThemeAssignment#UNCLEAR}.
     *
     * @param requests positions in the dataset of the requests to move
     */
    record Move(List<Integer> requests, int theme) implements Regrouping {
        public Move {
            requests = List.copyOf(requests);
            if (requests.isEmpty()) {
                throw new IllegalArgumentException("Choose at least one request to move");
            }
            if (theme < 0 && theme != ThemeAssignment.UNCLEAR) {
                throw new IllegalArgumentException("Requests can be moved to a theme or to Unclear: " + theme);
            }
        }

        @Override
        public String describe() {
            return "Move " + requests.size() + (requests.size() == 1 ? " request" : " requests");
        }
    }

    /**
     * Names the department a theme's requests go to (Public Works, Code Enforcement...); an empty name clears it.
     * The department goes into a codebook saved from the run, and per-department exports follow it.
     */
    record Department(int theme, String department) implements Regrouping {
        public Department {
            department = Objects.requireNonNull(department, "department").strip();
            if (department.length() > MAX_LABEL) {
                throw new IllegalArgumentException("A department name can have at most " + MAX_LABEL + " characters");
            }
        }

        @Override
        public String describe() {
            return department.isEmpty() ? "Clear the theme's department" : "Send theme to " + department;
        }
    }

    /**
     * Accepts a proposed new theme of a run placed by a codebook: it becomes one of the codebook's themes, with the id
     * it shows, when the codebook is saved again.
     */
    record Accept(int theme) implements Regrouping {
        @Override
        public String describe() {
            return "Accept proposed theme";
        }
    }

    /** Finds themes again inside one theme, which is replaced by up to {@code parts} new themes. */
    record Split(int theme, int parts) implements ThemeEdit {
        public static final int MAX_PARTS = 10;

        public Split {
            if (parts < 2 || parts > MAX_PARTS) {
                throw new IllegalArgumentException("A theme can be split into 2 to " + MAX_PARTS + " parts: " + parts);
            }
        }

        @Override
        public String describe() {
            return "Split theme into " + parts;
        }
    }

    private static String checkedLabel(String label) {
        Objects.requireNonNull(label, "label");
        String stripped = label.strip();
        if (stripped.isEmpty()) {
            throw new IllegalArgumentException("A theme needs a name");
        }
        if (stripped.length() > MAX_LABEL) {
            throw new IllegalArgumentException("A theme name can have at most " + MAX_LABEL + " characters");
        }
        if (stripped.equalsIgnoreCase(ThemeGroup.UNCLEAR) || stripped.equalsIgnoreCase(ThemeGroup.NO_DESCRIPTION)) {
            throw new IllegalArgumentException("'" + stripped + "' is the name of a special group; choose another");
        }
        return stripped;
    }
}
