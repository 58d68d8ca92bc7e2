/** Services that run the pipeline steps in order; the only entry point for the command line and the workbench. */
package org.civicthemes.workflow;
