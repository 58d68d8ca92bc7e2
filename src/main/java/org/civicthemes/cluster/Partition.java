package org.civicthemes.cluster;

/**
 * The outcome of k-means on some rows.
 *
 * @param k            number of groups (may be fewer than asked when there are fewer distinct rows)
 * @param labels       group of each row
 * @param centres      unit-length group centres, dimension-major: {@code centres[j * k + c]}
 * @param similarities cosine similarity of each row to its group's centre
 * @param objective    sum of the similarities (higher is better)
 */
record Partition(int k, int[] labels, double[] centres, double[] similarities, double objective) {
}
