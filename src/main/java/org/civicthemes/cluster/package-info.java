/** Vectorization, clustering and labelling of requests into themes. */
package org.civicthemes.cluster;
