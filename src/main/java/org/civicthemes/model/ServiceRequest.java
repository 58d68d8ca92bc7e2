package org.civicthemes.model;

import java.time.LocalDateTime;

/**
 * One resident request as imported. Text fields are never null (empty when the source had nothing);
 * dates are null when the source had none or it could not be read (the import report says which).
 *
 * @param sourceRow the row number the analyst sees in the source: the spreadsheet row, or for a text
 *                  file the record number + 1 (so the header is row 1)
 * @param latitude  NaN when unknown
 * @param longitude NaN when unknown
 */
public record ServiceRequest(
        int sourceRow,
        String requestId,
        String text,
        LocalDateTime created,
        LocalDateTime closed,
        String category,
        String status,
        String district,
        String address,
        double latitude,
        double longitude,
        String channel) {

    public ServiceRequest {
        if (sourceRow < 1) {
            throw new IllegalArgumentException("sourceRow starts at 1: " + sourceRow);
        }
        requestId = orEmpty(requestId);
        text = orEmpty(text);
        category = orEmpty(category);
        status = orEmpty(status);
        district = orEmpty(district);
        address = orEmpty(address);
        channel = orEmpty(channel);
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    public boolean hasText() {
        return !text.isBlank();
    }

    public boolean hasCreated() {
        return created != null;
    }
}
