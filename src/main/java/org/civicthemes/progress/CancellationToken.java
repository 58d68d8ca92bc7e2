package org.civicthemes.progress;

/** Tells long work whether it should stop. Workers check it at regular points and then throw {@link CancelledException}. */
@FunctionalInterface
public interface CancellationToken {

    /** A token that is never cancelled. */
    CancellationToken NEVER = () -> false;

    boolean isCancelled();

    /** Throws {@link CancelledException} when the work has been cancelled. */
    default void throwIfCancelled() {
        if (isCancelled()) {
            throw new CancelledException();
        }
    }
}
