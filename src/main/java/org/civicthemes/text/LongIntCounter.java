package org.civicthemes.text;

import java.util.Arrays;
import java.util.function.LongConsumer;

/** Counts per long key in an open-addressing table: bigram counts without boxing. Not thread-safe. */
final class LongIntCounter {

    private static final long EMPTY = Long.MIN_VALUE;

    private long[] keys;
    private int[] values;
    private int size;

    LongIntCounter() {
        keys = new long[1024];
        values = new int[1024];
        Arrays.fill(keys, EMPTY);
    }

    void add(long key, int delta) {
        if (key == EMPTY) {
            throw new IllegalArgumentException("reserved key");
        }
        int slot = find(keys, key);
        if (keys[slot] == EMPTY) {
            keys[slot] = key;
            values[slot] = delta;
            if (++size * 2 > keys.length) {
                grow();
            }
        } else {
            values[slot] += delta;
        }
    }

    int get(long key) {
        int slot = find(keys, key);
        return keys[slot] == key ? values[slot] : 0;
    }

    int size() {
        return size;
    }

    void addAll(LongIntCounter other) {
        for (int i = 0; i < other.keys.length; i++) {
            if (other.keys[i] != EMPTY) {
                add(other.keys[i], other.values[i]);
            }
        }
    }

    void forEachKey(LongConsumer action) {
        for (long key : keys) {
            if (key != EMPTY) {
                action.accept(key);
            }
        }
    }

    private static int find(long[] table, long key) {
        int mask = table.length - 1;
        int slot = (int) mix(key) & mask;
        while (table[slot] != EMPTY && table[slot] != key) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private static long mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return h ^ (h >>> 29);
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new int[oldKeys.length * 2];
        Arrays.fill(keys, EMPTY);
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) {
                int slot = find(keys, oldKeys[i]);
                keys[slot] = oldKeys[i];
                values[slot] = oldValues[i];
            }
        }
    }

    static long pair(int first, int second) {
        return ((long) first << 32) | (second & 0xFFFFFFFFL);
    }

    static int first(long pair) {
        return (int) (pair >>> 32);
    }

    static int second(long pair) {
        return (int) pair;
    }
}
