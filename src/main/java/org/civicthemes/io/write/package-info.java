/**
 * Writes results (import reports, theme summaries, exports) and the files CivicThemes reads back: projects, codebooks
 * and the Spark job's results folder.
 */
package org.civicthemes.io.write;
