/** Entry point: starts the workbench with no arguments, the command line with a sub-command. */
package org.civicthemes;
