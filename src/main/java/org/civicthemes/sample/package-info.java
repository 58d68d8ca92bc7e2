/** Generator of the synthetic 311 export bundled as sample data and used for benchmarks. */
package org.civicthemes.sample;
