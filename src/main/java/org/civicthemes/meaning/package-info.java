/** The meaning of a request: sentence vectors from a local model, with a cache that holds no text. */
package org.civicthemes.meaning;
