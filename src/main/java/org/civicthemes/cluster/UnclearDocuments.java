package org.civicthemes.cluster;

/** Marks the documents that fit no theme well: cosine similarity to their group's centre below a threshold. */
final class UnclearDocuments {

    static final int UNCLEAR = -1;

    private UnclearDocuments() {
    }

    /** The group of each row, or {@link #UNCLEAR}. */
    static int[] mark(Partition partition, double threshold) {
        int[] groups = partition.labels().clone();
        for (int i = 0; i < groups.length; i++) {
            if (partition.similarities()[i] < threshold) {
                groups[i] = UNCLEAR;
            }
        }
        return groups;
    }
}
