package org.civicthemes.progress;

import java.util.concurrent.atomic.AtomicBoolean;

/** A cancellation token that its owner can cancel, from any thread. */
public final class CancellationSource implements CancellationToken {

    private final AtomicBoolean cancelled = new AtomicBoolean();

    public void cancel() {
        cancelled.set(true);
    }

    @Override
    public boolean isCancelled() {
        return cancelled.get();
    }
}
