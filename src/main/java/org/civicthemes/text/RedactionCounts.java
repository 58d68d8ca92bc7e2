package org.civicthemes.text;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collector;

/** How many spans of each {@link PiiKind} were redacted: from one text, or summed over a corpus with {@link #plus}. Immutable. */
public final class RedactionCounts {

    private static final PiiKind[] KINDS = PiiKind.values();

    /** Nothing redacted. */
    public static final RedactionCounts NONE = new RedactionCounts(new long[KINDS.length]);

    private final long[] counts;

    private RedactionCounts(long[] counts) {
        this.counts = counts;
    }

    /** Counts from a map; kinds that are missing count zero. */
    public static RedactionCounts of(Map<PiiKind, ? extends Number> counts) {
        long[] c = new long[KINDS.length];
        counts.forEach((kind, n) -> {
            if (n.longValue() < 0) {
                throw new IllegalArgumentException("count of " + kind + " is negative: " + n);
            }
            c[kind.ordinal()] = n.longValue();
        });
        return of(c);
    }

    /** Counts indexed by {@link PiiKind#ordinal()}; the array is not kept. */
    static RedactionCounts of(long[] byOrdinal) {
        for (long n : byOrdinal) {
            if (n != 0) {
                return new RedactionCounts(byOrdinal.clone());
            }
        }
        return NONE;
    }

    public long count(PiiKind kind) {
        return counts[kind.ordinal()];
    }

    public long total() {
        long sum = 0;
        for (long n : counts) {
            sum += n;
        }
        return sum;
    }

    public boolean isEmpty() {
        return total() == 0;
    }

    /** The sum of these counts and {@code other}: the way counts are aggregated over a corpus. */
    public RedactionCounts plus(RedactionCounts other) {
        if (other.isEmpty()) {
            return this;
        }
        if (isEmpty()) {
            return other;
        }
        long[] sum = counts.clone();
        for (int i = 0; i < sum.length; i++) {
            sum[i] += other.counts[i];
        }
        return new RedactionCounts(sum);
    }

    /** Sums a stream of counts: {@code texts.stream().map(PreparedText::redactions).collect(RedactionCounts.summing())}. */
    public static Collector<RedactionCounts, ?, RedactionCounts> summing() {
        return Collector.of(() -> new long[KINDS.length],
                (acc, c) -> {
                    for (int i = 0; i < acc.length; i++) {
                        acc[i] += c.counts[i];
                    }
                },
                (a, b) -> {
                    for (int i = 0; i < a.length; i++) {
                        a[i] += b[i];
                    }
                    return a;
                },
                RedactionCounts::of);
    }

    public Map<PiiKind, Long> asMap() {
        Map<PiiKind, Long> map = new EnumMap<>(PiiKind.class);
        for (PiiKind kind : KINDS) {
            map.put(kind, counts[kind.ordinal()]);
        }
        return map;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RedactionCounts other && Arrays.equals(counts, other.counts);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(counts);
    }

    @Override
    public String toString() {
        return "RedactionCounts" + asMap();
    }
}
