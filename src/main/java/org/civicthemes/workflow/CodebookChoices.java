package org.civicthemes.workflow;

import java.nio.file.Path;

/**
 * What a run does with codebooks: save the themes it finds as one, or give the requests the themes of one.
 *
 * @param save where to save the themes found as a codebook, or null
 * @param use  the codebook whose themes the requests get, or null to find themes from scratch
 */
public record CodebookChoices(Path save, Path use) {

    /** No codebook: themes found from scratch, none saved. */
    public static final CodebookChoices NONE = new CodebookChoices(null, null);

    public CodebookChoices {
        if (save != null && use != null) {
            throw new IllegalArgumentException("--save-codebook and --codebook cannot be used together yet: save a "
                    + "codebook from a run that finds themes from scratch");
        }
    }
}
