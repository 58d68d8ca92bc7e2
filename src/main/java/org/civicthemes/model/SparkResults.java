package org.civicthemes.model;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The results of a run of the Spark job, as the workbench opens them: the themes with their sizes, what became of
 * every export's rows, and the requests counted per theme, day, category and district. The requests themselves (and
 * their assignments) stay in the results folder.
 *
 * @param folder        the results folder
 * @param codebook      the codebook file the themes came from, or empty when they were found on a sample
 * @param sample        requests in the sample themes were found on (0 when none was needed)
 * @param seed          the seed of the sample
 * @param requests      requests imported, all placed
 * @param unclear       requests that fit no theme
 * @param noDescription requests without a description
 * @param meaning       how the requests' meaning was read ("on", "off")
 * @param themes        the themes in the order of the file; a theme's position is its id in {@link #cube}
 * @param files         one entry per export read
 * @param cube          the requests per theme x day x category x district
 */
public record SparkResults(Path folder, String codebook, long sample, long seed, long requests, long unclear,
                           long noDescription, String meaning, List<ResultTheme> themes, List<ResultFile> files,
                           RequestCube cube) {

    public SparkResults {
        Objects.requireNonNull(folder, "folder");
        codebook = codebook == null ? "" : codebook;
        meaning = meaning == null ? "" : meaning;
        themes = List.copyOf(themes);
        files = List.copyOf(files);
        Objects.requireNonNull(cube, "cube");
        if (cube.themes() != themes.size()) {
            throw new IllegalArgumentException("the cube counts " + cube.themes() + " themes, the list holds "
                    + themes.size());
        }
    }

    /** The name of a theme id of the cube (Unclear and No description included). */
    public String labelOf(int themeId) {
        if (themeId == ThemeAssignment.UNCLEAR) {
            return ThemeGroup.UNCLEAR;
        }
        if (themeId == ThemeAssignment.NO_DESCRIPTION) {
            return ThemeGroup.NO_DESCRIPTION;
        }
        return themeId < 0 || themeId >= themes.size() ? "" : themes.get(themeId).name();
    }
}
