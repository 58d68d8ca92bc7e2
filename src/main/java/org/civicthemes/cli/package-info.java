/** The command line: parses arguments, calls workflow services, prints results. */
package org.civicthemes.cli;
