package org.civicthemes.workflow;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;
import org.civicthemes.model.ThemeAssignment;

/**
 * What to export, independent of the data: which formats, whether existing files may be replaced, and whether to
 * export one theme only.
 *
 * @param formats   the formats to write (none for no export)
 * @param overwrite true to replace files already there; false to stop and name them
 * @param theme     the one theme to export (an id of {@link ThemeAssignment}: a theme's position, or
 *                  {@link ThemeAssignment#UNCLEAR}, {@link ThemeAssignment#NO_DESCRIPTION}), or empty for all
 * @param department the department whose themes only are exported (files named after it), or empty
 * @param departmentThemes the themes (positions) of that department; empty without a department
 */
public record ExportChoices(Set<ExportFormat> formats, boolean overwrite, OptionalInt theme, String department,
                            Set<Integer> departmentThemes) {

    /** No export. */
    public static final ExportChoices NONE = new ExportChoices(Set.of(), false, OptionalInt.empty());

    /** Choices for all themes or one. */
    public ExportChoices(Set<ExportFormat> formats, boolean overwrite, OptionalInt theme) {
        this(formats, overwrite, theme, "", Set.of());
    }
    /** Every format, all themes, nothing overwritten. */
    public static final ExportChoices DEFAULTS = new ExportChoices(EnumSet.allOf(ExportFormat.class), false,
            OptionalInt.empty());

    public ExportChoices {
        Objects.requireNonNull(formats, "formats");
        formats = formats.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(formats));
        Objects.requireNonNull(theme, "theme");
        if (theme.isPresent() && theme.getAsInt() < ThemeAssignment.NO_DESCRIPTION) {
            throw new IllegalArgumentException("Not a theme: " + theme.getAsInt());
        }
        department = Objects.requireNonNull(department, "department").strip();
        departmentThemes = Set.copyOf(new java.util.TreeSet<>(departmentThemes));
        if (department.isEmpty() != departmentThemes.isEmpty()) {
            throw new IllegalArgumentException("A department export names the department and its themes: '"
                    + department + "', " + departmentThemes);
        }
        if (!department.isEmpty() && (theme.isPresent() || departmentThemes.stream().anyMatch(t -> t < 0))) {
            throw new IllegalArgumentException("A department export holds the department's themes only");
        }
    }

    /** These choices for the themes of one department (positions), files named after it. */
    public ExportChoices forDepartment(String name, Set<Integer> themes) {
        return new ExportChoices(formats, overwrite, OptionalInt.empty(), name, themes);
    }

    /** The department as file names show it: lower case, words joined by '-' ("Public Works": public-works). */
    public static String fileNameOf(String department) {
        String slug = java.text.Normalizer.normalize(department, java.text.Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "").toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "department" : slug;
    }

    /**
     * The theme id of a theme as files and the command line number it: themes from 1, Unclear 0, No description
     * -1.
     */
    public static int themeOfFileId(int fileId) {
        if (fileId < -1) {
            throw new IllegalArgumentException("Theme " + fileId + " does not exist: themes count from 1, "
                    + "0 is Unclear and -1 is No description.");
        }
        return fileId - 1;
    }

    /** The theme id as files show it. */
    public static int fileIdOf(int theme) {
        return theme + 1;
    }

    /** These choices for one theme only. */
    public ExportChoices forTheme(int themeId) {
        return new ExportChoices(formats, overwrite, OptionalInt.of(themeId), "", Set.of());
    }

    /** These choices, replacing existing files or not. */
    public ExportChoices withOverwrite(boolean replace) {
        return new ExportChoices(formats, replace, theme, department, departmentThemes);
    }

    /** The files these choices write in a folder, formats in their order. */
    public List<Path> files(Path outDir) {
        List<Path> files = new ArrayList<>();
        for (ExportFormat format : ExportFormat.values()) {
            if (formats.contains(format)) {
                format.fileNames(suffix()).forEach(name -> files.add(outDir.resolve(name)));
            }
        }
        return files;
    }

    private String suffix() {
        if (!department.isEmpty()) {
            return "-" + fileNameOf(department);
        }
        if (theme.isEmpty()) {
            return "";
        }
        int id = theme.getAsInt();
        if (id == ThemeAssignment.UNCLEAR) {
            return "-unclear";
        }
        if (id == ThemeAssignment.NO_DESCRIPTION) {
            return "-no-description";
        }
        return "-theme-" + fileIdOf(id);
    }
}
