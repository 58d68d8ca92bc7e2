package org.civicthemes.ui;

import java.util.function.Consumer;
import org.civicthemes.progress.CancellationToken;
import org.civicthemes.progress.ProgressListener;

/**
 * Runs long work away from the FX thread and hands the outcome back on it. The workbench uses a
 * background thread; view-model tests use {@link #SAME_THREAD}, so they need no screen and no waiting.
 */
public interface BackgroundRunner {

    /** A piece of long work that reports progress and honours cancellation. */
    @FunctionalInterface
    interface Job<T> {
        T run(ProgressListener progress, CancellationToken cancel) throws Exception;
    }

    /** Callbacks, all called on the UI thread. */
    record Callbacks<T>(Consumer<T> onSuccess, Consumer<Exception> onFailure, Runnable onCancelled,
                        ProgressListener onProgress) {
    }

    /** A handle to cancel a started job. */
    interface Handle {
        void cancel();
    }

    <T> Handle start(Job<T> job, Callbacks<T> callbacks);

    /** Runs the job at once on the calling thread. */
    BackgroundRunner SAME_THREAD = new BackgroundRunner() {
        @Override
        public <T> Handle start(Job<T> job, Callbacks<T> callbacks) {
            org.civicthemes.progress.CancellationSource source = new org.civicthemes.progress.CancellationSource();
            try {
                callbacks.onSuccess().accept(job.run(callbacks.onProgress(), source));
            } catch (org.civicthemes.progress.CancelledException e) {
                callbacks.onCancelled().run();
            } catch (Exception e) {
                callbacks.onFailure().accept(e);
            }
            return source::cancel;
        }
    };
}
