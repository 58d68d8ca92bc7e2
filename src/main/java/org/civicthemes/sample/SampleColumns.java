package org.civicthemes.sample;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** The columns of the export, the title lines above them in the workbook, and the Notes sheet's text. */
final class SampleColumns {

    static final List<String> HEADERS = List.of("Request ID", "Created Date", "Closed Date", "Status",
            "Request Type", "Description", "Address", "Council District", "Latitude", "Longitude", "Source");

    static final String DATA_SHEET = "Service Requests";
    static final String NOTES_SHEET = "Notes";
    static final String TITLE = "City of Riverton - 311 Service Requests";
    static final String EXPORTED_BY = "svc_311_reports";
    /** 0-based row of the header in the workbook: two title lines and a blank line above it. */
    static final int HEADER_ROW_INDEX = 3;

    /** US style, as many CRM exports write dates: 7/4/2024 9:15:02 PM. */
    static final DateTimeFormatter CSV_DATE = DateTimeFormatter.ofPattern("M/d/yyyy h:mm:ss a", Locale.US);
    /** The Excel number format of the date cells, the same shape as the CSV. */
    static final String EXCEL_DATE_FORMAT = "m/d/yyyy h:mm:ss AM/PM";

    static final List<List<String>> NOTES = List.of(
            List.of("Column", "What it holds"),
            List.of("Request ID", "Unique id: RIV-<two-digit year>-<number within the year>."),
            List.of("Created Date", "When the request was received (local time)."),
            List.of("Closed Date", "When the request was closed; blank while it is open."),
            List.of("Status", "Open, In Progress, Closed, or Duplicate (closed as a repeat of an earlier report)."),
            List.of("Request Type", "The service category chosen by the resident or the call-taker."),
            List.of("Description", "What the resident wrote, unedited. May be blank or in Spanish or Vietnamese."),
            List.of("Address", "Street address or intersection of the problem."),
            List.of("Council District", "District 1 to District 9."),
            List.of("Latitude", "WGS84 degrees; blank when the location could not be geocoded."),
            List.of("Longitude", "WGS84 degrees; blank when the location could not be geocoded."),
            List.of("Source", "Phone, Web, Mobile App, Email or Walk-in."),
            List.of("", ""),
            List.of("About this file", "Synthetic data made by CivicThemes for demonstrations and tests. Riverton is a"
                    + " fictional city; no row describes a real resident, address or event."));

    private SampleColumns() {
    }

    /** The second title line: "Exported 10/1/2025 6:02:14 AM by svc_311_reports (...)". */
    static String exportedLine(SampleOptions options, LocalDateTime exportedAt) {
        DateTimeFormatter day = DateTimeFormatter.ofPattern("M/d/yyyy", Locale.US);
        return "Exported " + CSV_DATE.format(exportedAt) + " by " + EXPORTED_BY + " (report: All Service Requests, "
                + "created " + day.format(options.start()) + " - " + day.format(options.end()) + ", "
                + String.format(Locale.US, "%,d", options.rows()) + " rows)";
    }
}
