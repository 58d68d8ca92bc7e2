package org.civicthemes.cluster;

import java.util.Arrays;
import java.util.Random;

/** Fixed-seed samples of row indexes. */
final class Samples {

    private Samples() {
    }

    /** {@code size} distinct indexes below {@code n}, in increasing order (all of them when n <= size). */
    static int[] sorted(int n, int size, long seed) {
        if (n <= size) {
            return java.util.stream.IntStream.range(0, n).toArray();
        }
        int[] all = java.util.stream.IntStream.range(0, n).toArray();
        Random random = new Random(seed);
        for (int i = 0; i < size; i++) {
            int j = i + random.nextInt(n - i);
            int t = all[i];
            all[i] = all[j];
            all[j] = t;
        }
        int[] picked = Arrays.copyOf(all, size);
        Arrays.sort(picked);
        return picked;
    }
}
