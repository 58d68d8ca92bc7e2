package org.civicthemes.ui;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;
import org.civicthemes.progress.CancellationSource;
import org.civicthemes.progress.CancelledException;

/** Runs jobs on one daemon worker thread; progress is passed to the FX thread at most about 20 times a second. */
final class FxBackgroundRunner implements BackgroundRunner {

    private static final long PROGRESS_INTERVAL_NANOS = 50_000_000L;

    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "civic-themes-worker");
        t.setDaemon(true);
        return t;
    });

    @Override
    public <T> Handle start(Job<T> job, Callbacks<T> callbacks) {
        CancellationSource cancel = new CancellationSource();
        AtomicLong lastProgress = new AtomicLong();
        worker.submit(() -> {
            try {
                T result = job.run((step, done, total) -> {
                    long now = System.nanoTime();
                    long last = lastProgress.get();
                    if (now - last >= PROGRESS_INTERVAL_NANOS && lastProgress.compareAndSet(last, now)) {
                        Platform.runLater(() -> callbacks.onProgress().update(step, done, total));
                    }
                }, cancel);
                Platform.runLater(() -> {
                    if (cancel.isCancelled()) {
                        callbacks.onCancelled().run();
                    } else {
                        callbacks.onSuccess().accept(result);
                    }
                });
            } catch (CancelledException e) {
                Platform.runLater(callbacks.onCancelled());
            } catch (Exception e) {
                Platform.runLater(() -> callbacks.onFailure().accept(e));
            } catch (OutOfMemoryError e) {
                Platform.runLater(() -> callbacks.onFailure().accept(new IllegalStateException(
                        "The file is too large for the memory this program was given. Start it with more "
                                + "memory (for example java -Xmx4g -jar civic-themes.jar).")));
            }
        });
        return cancel::cancel;
    }
}
