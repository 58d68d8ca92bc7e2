package org.civicthemes.progress;

/**
 * Receives progress of a long piece of work. Implementations must be cheap and thread-safe: they are
 * called from worker threads, often.
 */
@FunctionalInterface
public interface ProgressListener {

    /** A listener that ignores everything. */
    ProgressListener NONE = (step, done, total) -> { };

    /**
     * Reports that {@code done} of {@code total} units of {@code step} are finished.
     *
     * @param step  what is being done, in words a user understands ("Reading rows")
     * @param done  units finished so far
     * @param total units in all, or -1 when unknown
     */
    void update(String step, long done, long total);
}
