package org.civicthemes.workflow;

import java.nio.file.Path;

/**
 * What a run does with codebooks: save the themes it finds as one, or give the requests the themes of one.
 *
 * @param save where to save the themes found as a codebook, or null; with {@code use}, the codebook saved again
 *             from this run (its themes with this export's counts and provenance; proposed themes left out)
 * @param use  the codebook whose themes the requests get, or null to find themes from scratch
 * @param byDepartment also export one summary per department the codebook's themes name, with its themes only
 */
public record CodebookChoices(Path save, Path use, boolean byDepartment) {

    /** No codebook: themes found from scratch, none saved. */
    public static final CodebookChoices NONE = new CodebookChoices(null, null, false);

    /** Without per-department summaries. */
    public CodebookChoices(Path save, Path use) {
        this(save, use, false);
    }

    public CodebookChoices {
        if (byDepartment && use == null) {
            throw new IllegalArgumentException("--by-department needs --codebook: departments are named in a "
                    + "codebook's themes");
        }
    }
}
