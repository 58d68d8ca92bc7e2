/**
 * Text preparation, strings in and terms out: redaction of personal data, boilerplate removal,
 * normalization, language, tokens, stopwords, stems and phrases. Entry point: {@link org.civicthemes.text.TextPipeline}.
 */
package org.civicthemes.text;
