package org.civicthemes.workflow;

import java.util.Objects;
import org.civicthemes.model.Codebook;
import org.civicthemes.model.ThemeRun;

/**
 * A project whose source changed, opened by giving the changed file the project's themes: the project's themes (with
 * the analyst's edits) made into a codebook in memory, and every request of the changed file placed in them, names
 * and ids kept, the requests that fit none in proposed new themes.
 *
 * @param project  the project as opening it plainly gives it (the themes found again and the edits replayed)
 * @param codebook the codebook made of those themes, in memory only (never written)
 * @param placed   the changed file's requests in the codebook's themes: what the workbench shows
 */
public record ProjectOnChangedSource(OpenedProject project, Codebook codebook, ThemeRun placed) {

    public ProjectOnChangedSource {
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(codebook, "codebook");
        Objects.requireNonNull(placed, "placed");
        if (!placed.identity().fromCodebook()) {
            throw new IllegalArgumentException("The themes shown must be placed by the codebook");
        }
    }
}
