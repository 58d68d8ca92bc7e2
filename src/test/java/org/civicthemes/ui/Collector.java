package org.civicthemes.ui;

import java.lang.ref.WeakReference;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * Runs the garbage collector until an object that only a weak reference holds is gone, as a long session would
 * before the analyst opens a file; and listeners that remember what a list or value last showed, registered in a
 * method of their own so the test keeps no reference to what it listened to (issue 15).
 */
final class Collector {

    private Collector() {
    }

    static void collectGarbage() {
        WeakReference<Object> sentinel = new WeakReference<>(new Object());
        for (int i = 0; i < 100 && sentinel.get() != null; i++) {
            System.gc();
        }
        if (sentinel.get() != null) {
            throw new AssertionError("the collector did not run");
        }
        System.gc(); // a second full collection, for anything only the first one found unreachable
    }

    /** What the list held after its last change (null until it changes). */
    static <T> AtomicReference<List<T>> lastOf(ObservableList<T> list) {
        AtomicReference<List<T>> last = new AtomicReference<>();
        list.addListener((ListChangeListener<T>) c -> last.set(List.copyOf(c.getList())));
        return last;
    }

    /** Every value it changed to, in order. */
    static <T> List<T> changesOf(ObservableValue<T> value) {
        List<T> changes = new java.util.concurrent.CopyOnWriteArrayList<>();
        value.addListener((o, before, after) -> changes.add(after));
        return changes;
    }
}
