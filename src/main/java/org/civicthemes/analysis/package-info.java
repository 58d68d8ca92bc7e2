/** Time views and statistics over a dataset and its themes. */
package org.civicthemes.analysis;
