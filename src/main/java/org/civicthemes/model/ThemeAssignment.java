package org.civicthemes.model;

import java.util.Arrays;

/**
 * The theme of every document of a corpus: a theme id ({@code >= 0}), or one of the special groups
 * {@link #UNCLEAR}, {@link #NO_DESCRIPTION}, or {@link #NOT_GROUPED} for documents left out of a run on a subset;
 * and, when the theme engine made it, how typical each document is of its theme ({@link #typicality}), so that the
 * most typical requests of any part of a theme (a date range, a district) can be shown. Immutable; equal when the
 * same documents have the same themes.
 */
public final class ThemeAssignment {

    public static final int UNCLEAR = -1;
    public static final int NO_DESCRIPTION = -2;
    public static final int NOT_GROUPED = -3;

    /** The typicality of a request moved into a theme by the analyst: after every member the engine placed. */
    public static final float MOVED = -10f;

    private final int[] themeOf;
    /** Per document, higher is more typical of its theme; null when unknown. */
    private final float[] typicality;

    public ThemeAssignment(int[] themeOf) {
        this(themeOf, null);
    }

    /**
     * @param typicality per document, how typical it is of its theme (higher first; comparable within a theme), or
     *                   null when unknown
     */
    public ThemeAssignment(int[] themeOf, float[] typicality) {
        for (int t : themeOf) {
            if (t < NOT_GROUPED) {
                throw new IllegalArgumentException("Not a theme id: " + t);
            }
        }
        if (typicality != null && typicality.length != themeOf.length) {
            throw new IllegalArgumentException("One typicality per document: " + typicality.length + " for "
                    + themeOf.length);
        }
        this.themeOf = themeOf.clone();
        this.typicality = typicality == null ? null : typicality.clone();
    }

    /** Whether the engine said how typical each document is of its theme. */
    public boolean hasTypicality() {
        return typicality != null;
    }

    /** How typical a document is of its theme (higher is more typical); NaN when unknown. */
    public float typicality(int document) {
        return typicality == null ? Float.NaN : typicality[document];
    }

    /** A copy of the typicalities, indexed by document, or null when unknown. */
    public float[] typicalityArray() {
        return typicality == null ? null : typicality.clone();
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
