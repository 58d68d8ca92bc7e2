package org.civicthemes.model;

/**
 * The score of one number of themes tried when the number is chosen automatically.
 *
 * @param k     the number of themes tried
 * @param score the selection criterion, higher is better: how far the mean similarity of the documents to their
 *              theme's centre at k lies above the straight line between the two ends of the range (k and
 *              similarity both scaled to 0..1); the highest is the knee of the curve
 */
public record KScore(int k, double score) {
}
