package org.civicthemes.io.read;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Hands the rows a reader produces to another visitor on a second thread, in batches and in order, so that splitting
 * the file into cells (the reader's thread) and turning cells into requests (dates, pooling: the assembler's thread)
 * run side by side. The visitor sees exactly the calls it would have seen on the reader's thread, in the same order,
 * one at a time. A failure on either side stops both: the reader's next {@link #row} throws the assembler's
 * exception, and {@link #close} always waits for the assembler thread to end.
 *
 * <p>Use: {@code try (var handOff = new HandOffRowVisitor(assembler)) { table.read(handOff, ...); handOff.finish(); }}
 */
final class HandOffRowVisitor implements RowVisitor, AutoCloseable {

    /** Rows per batch: large enough that the hand-off costs nothing per row, small enough to keep little in flight. */
    static final int BATCH = 1024;
    /** Batches waiting at most: the reader waits when the assembler is this far behind. */
    private static final int QUEUED_BATCHES = 8;
    private static final List<Object> END = List.of();

    private final RowVisitor target;
    private final BlockingQueue<List<Object>> queue = new ArrayBlockingQueue<>(QUEUED_BATCHES);
    private final Thread assembler;
    private volatile Throwable failure;
    private volatile boolean abandoned;
    private List<Object> batch = new ArrayList<>(BATCH);
    private boolean ended;

    HandOffRowVisitor(RowVisitor target) {
        this.target = target;
        this.assembler = new Thread(this::assemble, "civic-themes-rows");
        assembler.setDaemon(true);
        assembler.start();
    }

    private record Row(int number, List<String> cells) {
    }

    @Override
    public boolean row(int rowNumber, List<String> cells) {
        add(new Row(rowNumber, cells));
        return true;
    }

    @Override
    public void merged(CellRegion region) {
        add(region);
    }

    /** Waits until the assembler has seen every row; rethrows what it threw. */
    void finish() {
        flush();
        end();
        join();
        throwIfFailed();
    }

    /** Stops the assembler without waiting for the rows still queued (after a failure of the reader), and waits for it. */
    @Override
    public void close() {
        if (!ended) {
            abandoned = true;
            queue.clear();
            end();
        }
        join();
    }

    private void add(Object item) {
        throwIfFailed();
        batch.add(item);
        if (batch.size() == BATCH) {
            flush();
        }
    }

    private void flush() {
        if (!batch.isEmpty()) {
            put(batch);
            batch = new ArrayList<>(BATCH);
        }
    }

    private void end() {
        ended = true;
        put(END);
    }

    private void put(List<Object> items) {
        try {
            while (!queue.offer(items, 50, TimeUnit.MILLISECONDS)) {
                if (!assembler.isAlive()) {
                    throwIfFailed();
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while reading rows", e);
        }
    }

    private void join() {
        boolean interrupted = false;
        while (assembler.isAlive()) {
            try {
                assembler.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void throwIfFailed() {
        Throwable f = failure;
        if (f instanceof RuntimeException e) {
            throw e;
        }
        if (f instanceof Error e) {
            throw e;
        }
        if (f != null) {
            throw new IllegalStateException("Reading rows failed", f);
        }
    }

    private void assemble() {
        try {
            while (true) {
                List<Object> items = queue.take();
                if (items == END || abandoned) {
                    return;
                }
                for (Object item : items) {
                    if (item instanceof Row r) {
                        target.row(r.number(), r.cells());
                    } else {
                        target.merged((CellRegion) item);
                    }
                }
            }
        } catch (Throwable e) { // any failure, errors included, must reach the reader's thread
            failure = e;
            queue.clear();
        }
    }
}
