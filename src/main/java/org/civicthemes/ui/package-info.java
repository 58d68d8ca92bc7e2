/** The JavaFX workbench: views and view models over the workflow services. */
package org.civicthemes.ui;
