/**
 * The Spark job (issue 17): the desktop's import, text preparation, codebook placing and theme finding wrapped in
 * Spark functions, for many exports at once. Nothing of the pipeline is written again here; the desktop never
 * imports this package (it is a separate build, src/spark/pom.xml).
 */
package org.civicthemes.spark;
