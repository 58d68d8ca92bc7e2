package org.civicthemes.model;

import static org.civicthemes.model.ColumnRole.ADDRESS;
import static org.civicthemes.model.ColumnRole.CATEGORY;
import static org.civicthemes.model.ColumnRole.CHANNEL;
import static org.civicthemes.model.ColumnRole.CLOSED_DATE;
import static org.civicthemes.model.ColumnRole.CREATED_DATE;
import static org.civicthemes.model.ColumnRole.DISTRICT;
import static org.civicthemes.model.ColumnRole.LATITUDE;
import static org.civicthemes.model.ColumnRole.LONGITUDE;
import static org.civicthemes.model.ColumnRole.REQUEST_ID;
import static org.civicthemes.model.ColumnRole.REQUEST_TEXT;
import static org.civicthemes.model.ColumnRole.STATUS;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Known column layouts of 311 exports. A preset gives its columns their roles first (the reader compares
 * headers after normalising case, spaces and punctuation); automatic detection then fills the roles it left.
 *
 * <p>In a table, several headers for one role are alternatives (the first one present wins), except
 * for {@link ColumnRole#REQUEST_TEXT}, whose present columns are all joined in table order.
 */
public enum ColumnPreset {

    /** No known layout: every role is detected from headers and values. */
    AUTO("Automatic"),

    /** Open311 GeoReport v2 field names. */
    OPEN311("Open311 GeoReport v2",
            "service_request_id", REQUEST_ID, "requested_datetime", CREATED_DATE, "service_name", CATEGORY,
            "description", REQUEST_TEXT, "status", STATUS, "address", ADDRESS, "lat", LATITUDE,
            "long", LONGITUDE),

    /** NYC 311 Service Requests (NYC Open Data); its only request text is the Descriptor. */
    NYC311("NYC 311 (NYC Open Data)",
            "Unique Key", REQUEST_ID, "Created Date", CREATED_DATE, "Closed Date", CLOSED_DATE,
            "Complaint Type", CATEGORY, "Descriptor", REQUEST_TEXT, "Status", STATUS,
            "Incident Address", ADDRESS, "Borough", DISTRICT, "Latitude", LATITUDE, "Longitude", LONGITUDE,
            "Open Data Channel Type", CHANNEL),

    /** Boston 311 service requests (Analyze Boston); the case title is the text. */
    BOSTON311("Boston 311 (Analyze Boston)",
            "case_enquiry_id", REQUEST_ID, "open_dt", CREATED_DATE, "closed_dt", CLOSED_DATE,
            "case_title", REQUEST_TEXT, "type", CATEGORY, "case_status", STATUS, "neighborhood", DISTRICT,
            "location", ADDRESS, "latitude", LATITUDE, "longitude", LONGITUDE, "source", CHANNEL),

    /** Chicago 311 service requests (Chicago Data Portal); they carry no request text. */
    CHICAGO311("Chicago 311 (Chicago Data Portal)",
            "SR_NUMBER", REQUEST_ID, "CREATED_DATE", CREATED_DATE, "CLOSED_DATE", CLOSED_DATE,
            "SR_TYPE", CATEGORY, "STATUS", STATUS, "STREET_ADDRESS", ADDRESS, "WARD", DISTRICT,
            "LATITUDE", LATITUDE, "LONGITUDE", LONGITUDE, "ORIGIN", CHANNEL),

    /** San Francisco 311 cases (DataSF) and exports of the SF 311 Open311 API. */
    SF311("San Francisco 311 (DataSF)",
            "service_request_id", REQUEST_ID, "request_id", REQUEST_ID,
            "requested_datetime", CREATED_DATE, "created_at", CREATED_DATE, "closed_date", CLOSED_DATE,
            "service_name", CATEGORY, "service_details", REQUEST_TEXT, "text", REQUEST_TEXT,
            "status_description", STATUS, "status", STATUS,
            "supervisor_district", DISTRICT, "police_district", DISTRICT, "address", ADDRESS,
            "lat", LATITUDE, "long", LONGITUDE, "lon", LONGITUDE, "source", CHANNEL),

    /** Salesforce Service Cloud case reports; subject and description are joined as the text. */
    SALESFORCE("Salesforce cases",
            "Case Number", REQUEST_ID, "Subject", REQUEST_TEXT, "Description", REQUEST_TEXT,
            "Created Date", CREATED_DATE, "Closed Date", CLOSED_DATE, "Status", STATUS, "Type", CATEGORY,
            "Origin", CHANNEL),

    /**
     * SeeClickFix issue exports. The summary is left out of the text: it repeats the request type, and
     * joining it would leak the category into the text.
     */
    SEECLICKFIX("SeeClickFix",
            "id", REQUEST_ID, "created_at", CREATED_DATE, "created_at_utc", CREATED_DATE,
            "closed_at", CLOSED_DATE, "closed_at_utc", CLOSED_DATE, "status", STATUS,
            "request_type", CATEGORY, "description", REQUEST_TEXT, "address", ADDRESS, "lat", LATITUDE,
            "lng", LONGITUDE);

    private final String displayName;
    private final List<Map.Entry<String, ColumnRole>> table;

    ColumnPreset(String displayName, Object... headerRolePairs) {
        this.displayName = displayName;
        List<Map.Entry<String, ColumnRole>> entries = new ArrayList<>();
        for (int i = 0; i < headerRolePairs.length; i += 2) {
            entries.add(Map.entry((String) headerRolePairs[i], (ColumnRole) headerRolePairs[i + 1]));
        }
        this.table = List.copyOf(entries);
    }

    /** The name shown to analysts ("SeeClickFix"). */
    public String displayName() {
        return displayName;
    }

    /** The key used on the command line and in JSON: {@code seeclickfix}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The preset with this key ("seeclickfix"), ignoring case. */
    public static ColumnPreset fromKey(String key) {
        for (ColumnPreset p : values()) {
            if (p.key().equalsIgnoreCase(key.strip())) {
                return p;
            }
        }
        throw new IllegalArgumentException("Unknown column preset '" + key + "'. Presets: "
                + String.join(", ", java.util.Arrays.stream(values()).map(ColumnPreset::key).toList()) + ".");
    }

    /** Header name (as the source system writes it) to role, in table order. */
    public List<Map.Entry<String, ColumnRole>> table() {
        return table;
    }
}
