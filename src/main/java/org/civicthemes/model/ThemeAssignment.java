package org.civicthemes.model;

import java.util.Arrays;

/**
 * The theme of every document of a corpus: a theme id ({@code >= 0}), or one of the special groups
 * {@link #UNCLEAR}, {@link #NO_DESCRIPTION}, or {@link #NOT_GROUPED} for documents left out of a run on a subset.
 * Immutable; equal when the same documents have the same themes.
 */
public final class ThemeAssignment {

    public static final int UNCLEAR = -1;
    public static final int NO_DESCRIPTION = -2;
    public static final int NOT_GROUPED = -3;

    private final int[] themeOf;

    public ThemeAssignment(int[] themeOf) {
        for (int t : themeOf) {
            if (t < NOT_GROUPED) {
                throw new IllegalArgumentException("Not a theme id: " + t);
            }
        }
        this.themeOf = themeOf.clone();
    }

    /** Number of documents in the corpus (grouped or not). */
    public int documentCount() {
        return themeOf.length;
    }

    /** The theme id or special group of a document. */
    public int themeOf(int document) {
        return themeOf[document];
    }

    /** A copy of the whole assignment, indexed by document. */
    public int[] toArray() {
        return themeOf.clone();
    }

    /** Indexes of the documents with this theme id or special group, in increasing order. */
    public int[] documentsOf(int themeId) {
        return java.util.stream.IntStream.range(0, themeOf.length).filter(i -> themeOf[i] == themeId).toArray();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ThemeAssignment other && Arrays.equals(themeOf, other.themeOf);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(themeOf);
    }

    @Override
    public String toString() {
        return "ThemeAssignment[" + themeOf.length + " documents]";
    }
}
