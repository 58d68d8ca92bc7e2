package org.civicthemes.sample;

import java.util.List;
import java.util.Random;

/** Random picks: by weights, or uniformly from a list. */
final class Weighted {

    private Weighted() {
    }

    /** An index drawn with probability proportional to its weight; weights are non-negative, not all zero. */
    static int pick(double[] weights, Random rng) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double r = rng.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return i;
            }
        }
        for (int i = weights.length - 1; i >= 0; i--) {
            if (weights[i] > 0) {
                return i;
            }
        }
        throw new IllegalArgumentException("all weights are zero");
    }

    static <T> T one(List<T> items, Random rng) {
        return items.get(rng.nextInt(items.size()));
    }

    static <T> T one(T[] items, Random rng) {
        return items[rng.nextInt(items.length)];
    }
}
