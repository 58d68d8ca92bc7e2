package org.civicthemes.ui;

import java.time.LocalDateTime;

/**
 * One request as the request tables show it.
 *
 * @param request   position in the dataset (what edits refer to)
 * @param sourceRow the row number the analyst sees in the source file
 */
public record RequestRow(int request, int sourceRow, LocalDateTime created, String category, String district,
                         String text, String theme) {
}
