/** Test fixtures shared by the tests of several packages: the bundled sample grouped by request type. */
package org.civicthemes.testdata;
