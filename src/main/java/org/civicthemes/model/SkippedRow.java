package org.civicthemes.model;

/**
 * A source row that did not become a request.
 *
 * @param row    the row number the analyst sees in the source
 * @param reason why, in words ("blank line", "repeated header line")
 */
public record SkippedRow(int row, String reason) {
}
