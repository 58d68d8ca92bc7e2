/** Immutable values passed between the pipeline stages: requests, datasets, column roles, date ranges, import reports. */
package org.civicthemes.model;
