/** Turns a spreadsheet or text export into a Dataset and an ImportReport that accounts for every row. */
package org.civicthemes.io.read;
