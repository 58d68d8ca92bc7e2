/** Writes results: import reports, theme summaries and project files. */
package org.civicthemes.io.write;
