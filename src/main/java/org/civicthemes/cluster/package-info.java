/**
 * Vectorization, clustering and labelling of prepared requests into themes: {@link org.civicthemes.cluster.ThemeEngine}
 * is the entry point, {@link org.civicthemes.cluster.Agreement} compares groupings. See docs/decisions/0006-clustering.md.
 */
package org.civicthemes.cluster;
