/** Progress reporting and cancellation for long work, independent of any user interface. */
package org.civicthemes.progress;
