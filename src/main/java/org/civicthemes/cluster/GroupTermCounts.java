package org.civicthemes.cluster;

/**
 * In how many documents of each group each term is, and how many documents each group holds: all that class-based
 * TF-IDF labels are made of ({@link ClassTfIdfLabeller}). Tallied a document at a time; the tallies of parts of the
 * documents (a Spark partition) merge into the tally of all of them, whatever the split. Filled, merged, then read.
 */
public final class GroupTermCounts implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    private final int[][] counts;
    private final int[] sizes;

    /**
     * @param groups the number of groups
     * @param terms  the size of the vocabulary the term ids are taken from
     */
    public GroupTermCounts(int groups, int terms) {
        counts = new int[groups][terms];
        sizes = new int[groups];
    }

    /**
     * Counts one document.
     *
     * @param group its group (a negative value: in none, not counted)
     * @param terms the ids of the distinct terms it holds
     */
    public GroupTermCounts add(int group, int[] terms) {
        if (group >= 0) {
            sizes[group]++;
            for (int t : terms) {
                counts[group][t]++;
            }
        }
        return this;
    }

    /** Counts document {@code i} of {@code rows} (its entries are its distinct terms). */
    void add(int group, SparseRows rows, int i) {
        if (group >= 0) {
            sizes[group]++;
            for (int e = rows.start(i); e < rows.end(i); e++) {
                counts[group][rows.index(e)]++;
            }
        }
    }

    /** Adds another part's counts to these; returns this. */
    public GroupTermCounts merge(GroupTermCounts other) {
        for (int g = 0; g < sizes.length; g++) {
            sizes[g] += other.sizes[g];
            for (int t = 0; t < counts[g].length; t++) {
                counts[g][t] += other.counts[g][t];
            }
        }
        return this;
    }

    int groups() {
        return sizes.length;
    }

    int terms() {
        return sizes.length == 0 ? 0 : counts[0].length;
    }

    /** Per group, in how many of its documents each term is (read only). */
    int[][] counts() {
        return counts;
    }

    /** Documents per group (read only). */
    int[] sizes() {
        return sizes;
    }
}
