package org.civicthemes.workflow;

import java.util.Objects;
import org.civicthemes.cluster.LearnedSpace;
import org.civicthemes.model.ThemeRun;
import org.civicthemes.text.TextOptions;

/**
 * Themes found from scratch with what the engine learned on the way, kept while the analyst may still save them as
 * a codebook (the learned vectors take memory; a run that saves no codebook never makes one).
 *
 * @param run          the themes as found (before any edit)
 * @param learned      vocabulary, idf, projection and the requests' vectors
 * @param text         how the texts became terms
 * @param meaningModel the id of the sentence model that read the meaning, empty when none did
 */
public record LearnedRun(ThemeRun run, LearnedSpace learned, TextOptions text, String meaningModel) {

    public LearnedRun {
        Objects.requireNonNull(run, "run");
        Objects.requireNonNull(learned, "learned");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(meaningModel, "meaningModel");
    }
}
