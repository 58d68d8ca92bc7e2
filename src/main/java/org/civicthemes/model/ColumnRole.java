package org.civicthemes.model;

/** What a column of an export holds, as far as the analysis is concerned. */
public enum ColumnRole {
    REQUEST_TEXT("Request text", true),
    CREATED_DATE("Created date", false),
    CLOSED_DATE("Closed date", false),
    CATEGORY("Category", false),
    STATUS("Status", false),
    DISTRICT("District", false),
    ADDRESS("Address", false),
    LATITUDE("Latitude", false),
    LONGITUDE("Longitude", false),
    REQUEST_ID("Request id", false),
    CHANNEL("Channel", false);

    private final String displayName;
    private final boolean allowsSeveralColumns;

    ColumnRole(String displayName, boolean allowsSeveralColumns) {
        this.displayName = displayName;
        this.allowsSeveralColumns = allowsSeveralColumns;
    }

    /** The name shown to analysts ("Created date"). */
    public String displayName() {
        return displayName;
    }

    /** True when several columns may share the role and are joined (summary + description). */
    public boolean allowsSeveralColumns() {
        return allowsSeveralColumns;
    }

    /** The key used on the command line and in JSON: {@code created_date}. */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
