package org.civicthemes.model;

/**
 * The score of one number of themes tried when the number is chosen automatically.
 *
 * @param k     the number of themes tried
 * @param score the selection criterion (mean silhouette, cosine distance; higher is better)
 */
public record KScore(int k, double score) {
}
