package org.civicthemes.cluster;

import org.civicthemes.progress.CancellationToken;
import org.civicthemes.progress.ProgressListener;

/**
 * The meaning of documents: one unit-length sentence vector per document, read only when a run asks for it, so a
 * words-only run never loads a model.
 */
public interface MeaningSource {

    /** Reads no meaning: every document is grouped by its words. */
    MeaningSource NONE = (documents, progress, cancel) -> Meanings.unavailable("no sentence model was given");

    /**
     * The vectors of the given corpus documents, in the same order; {@code null} for a document whose meaning is not
     * read (another language than the model's).
     */
    Meanings read(int[] documents, ProgressListener progress, CancellationToken cancel);

    /**
     * Vectors read, or why none could be.
     *
     * @param vectors     one per document asked for ({@code null} entries: that document by its words), or null
     * @param model       the model's name
     * @param unavailable why the model could not run here; empty when it ran
     */
    record Meanings(float[][] vectors, String model, String unavailable) {

        public static Meanings unavailable(String why) {
            return new Meanings(null, "", why);
        }

        boolean isAvailable() {
            return unavailable.isEmpty() && vectors != null;
        }
    }
}
