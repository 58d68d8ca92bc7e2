/** Text preparation: redaction of personal data, normalization, tokenization, stopwords, stemming. */
package org.civicthemes.text;
