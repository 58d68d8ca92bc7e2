package org.civicthemes.io.read;

import org.civicthemes.model.ColumnPreset;
import static org.civicthemes.io.read.ColumnRoleDetectorRealDataTest.assertRole;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.civicthemes.model.ColumnAssignment;
import org.civicthemes.model.ColumnMapping;
import org.civicthemes.model.ColumnRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rules of the detector, one small table each. */
class ColumnRoleDetectorTest {

    private final ColumnRoleDetector detector = new ColumnRoleDetector();

    private static List<List<String>> rows(int n, java.util.function.IntFunction<List<String>> row) {
        List<List<String>> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(row.apply(i));
        }
        return out;
    }

    @ParameterizedTest(name = "[{index}] ''{0}'' -> ''{1}''")
    @CsvSource({
        "created_at_utc,         created at utc",
        "SR_NUMBER,              sr number",
        "ServiceRequestID,       service request id",
        "CaseNumber,             case number",
        "Address1,               address 1",
        "Open Data Channel Type, open data channel type",
        "'  Case   Number ',     case number",
        "CREATED-DATE,           created date",
        "Lat.,                   lat",
        "case_enquiry_id,        case enquiry id",
        "'',                     ''",
    })
    void normalisesHeaders(String header, String expected) {
        assertEquals(expected, HeaderName.normalise(header));
    }

    @Test
    void requestIdsThatLookLikeExcelSerialsStayIds() {
        List<String> headers = List.of("Request ID", "Created", "Description");
        ColumnMapping m = detector.detect(headers, rows(12, i -> List.of(String.valueOf(40001 + i),
                String.valueOf(45356 + i) + ".5", "Broken streetlight number " + i + " on the corner of Elm and 3rd")));
        assertRole(m, ColumnRole.REQUEST_ID, "Request ID");
        assertRole(m, ColumnRole.CREATED_DATE, "Created");
        assertTrue(m.get(ColumnRole.CREATED_DATE).orElseThrow().evidence().contains("Excel serial"));
    }

    @Test
    void numbersInTheSerialRangeAreNoDatesWithoutADateHeader() {
        List<String> headers = List.of("Reference", "Count", "Text");
        ColumnMapping m = detector.detect(headers, rows(12, i -> List.of("R" + i, String.valueOf(40001 + i * 7),
                "Overflowing trash can at bus stop number " + i)));
        assertFalse(m.has(ColumnRole.CREATED_DATE), m::toString);
    }

    @Test
    void anUpdatedDateIsCreatedOnlyWhenNothingBetterExistsAndSaysSo() {
        List<String> headers = List.of("id", "updated_at", "description");
        ColumnMapping m = detector.detect(headers, rows(10, i -> List.of("A" + i, "2024-03-0" + (i % 9 + 1) + "T10:00:00",
                "Pothole number " + i + " is getting deeper every single week")));
        ColumnAssignment created = m.get(ColumnRole.CREATED_DATE).orElseThrow();
        assertEquals(List.of("updated_at"), created.columns());
        assertTrue(created.confidence() < 0.5, () -> "confidence " + created.confidence());
        assertTrue(created.evidence().contains("speaks against it (word 'updated')"), created.evidence());
        assertFalse(m.has(ColumnRole.CLOSED_DATE));
    }

    @Test
    void withNeutralHeadersTheFullerDateColumnIsCreated() {
        List<String> headers = List.of("Date A", "Date B", "Note");
        ColumnMapping m = detector.detect(headers, rows(10, i -> List.of(
                i % 2 == 0 ? "3/" + (i + 10) + "/2024" : "", "3/" + (i + 1) + "/2024",
                "Graffiti on the wall of the station, tag number " + i)));
        assertRole(m, ColumnRole.CREATED_DATE, "Date B");
        assertFalse(m.has(ColumnRole.CLOSED_DATE), "a closed date needs a header that says so");
    }

    @Test
    void aClosedColumnWhoseDatesComeBeforeTheCreatedOnesIsNotTakenAsClosed() {
        List<String> headers = List.of("Created", "Closed", "Description");
        ColumnMapping m = detector.detect(headers, rows(10, i -> List.of("2024-03-20", "2024-03-0" + (i % 9 + 1),
                "Street sweeping missed on the block again, case " + i)));
        assertRole(m, ColumnRole.CREATED_DATE, "Created");
        assertFalse(m.has(ColumnRole.CLOSED_DATE), m::toString);
    }

    @Test
    void anEmptyClosedColumnBesideCreatedDatesIsStillClosed() {
        List<String> headers = List.of("Created Date", "Closed Date", "Description");
        ColumnMapping m = detector.detect(headers, rows(10, i -> List.of("2024-03-0" + (i % 9 + 1), "",
                "Dumped tires behind the recreation center, report " + i)));
        assertRole(m, ColumnRole.CLOSED_DATE, "Closed Date");
        assertTrue(m.get(ColumnRole.CLOSED_DATE).orElseThrow().evidence().contains("blank"));
    }

    @Test
    void withoutSampleRowsAutoFindsNothingAndAPresetStillApplies() {
        List<String> headers = List.of("Case Number", "Subject", "Description", "Created Date", "Status");
        assertEquals(ColumnMapping.empty(), detector.detect(headers, List.of()));
        ColumnMapping m = detector.detect(headers, List.of(), ColumnPreset.SALESFORCE);
        assertRole(m, ColumnRole.REQUEST_TEXT, "Subject", "Description");
        assertRole(m, ColumnRole.CREATED_DATE, "Created Date");
        assertEquals(0.6, m.get(ColumnRole.CREATED_DATE).orElseThrow().confidence());
    }

    @Test
    void presetsMatchApiFieldNamesAfterNormalising() {
        List<String> headers = List.of("CaseNumber", "CreatedDate", "Subject", "Description", "Type");
        ColumnMapping m = detector.detect(headers, rows(8, i -> List.of("0000" + i, "3/" + (i + 1) + "/2024 9:00 AM",
                "Subject " + i, "Long description of the problem number " + i + " in words", i % 2 == 0 ? "A" : "B")),
                ColumnPreset.SALESFORCE);
        assertRole(m, ColumnRole.REQUEST_ID, "CaseNumber");
        assertRole(m, ColumnRole.CREATED_DATE, "CreatedDate");
        assertRole(m, ColumnRole.CATEGORY, "Type");
        assertTrue(m.get(ColumnRole.REQUEST_ID).orElseThrow().evidence().startsWith("Salesforce cases preset:"));
    }

    @Test
    void repeatedHeadersAndShortRowsAreTolerated() {
        List<String> headers = List.of("id", "description", "description", "lat");
        ColumnMapping m = detector.detect(headers, rows(10, i -> i % 3 == 0 ? List.of("X" + i)
                : List.of("X" + i, "Branch down across the bike path near marker " + i, "ignored", "41.4" + i)));
        assertRole(m, ColumnRole.REQUEST_ID, "id");
        assertRole(m, ColumnRole.REQUEST_TEXT, "description");
    }

    @Test
    void sameInputGivesTheSameMapping() {
        List<String> headers = List.of("Request ID", "Created Date", "Status", "Request Type", "Description");
        List<List<String>> rows = rows(20, i -> List.of("R" + i, "2024-03-05", i % 2 == 0 ? "Open" : "Closed",
                "Type " + i % 4, "Something is broken at place " + i + " and needs fixing soon"));
        assertEquals(detector.detect(headers, rows), detector.detect(headers, rows));
    }

    @Test
    void presetTablesNameRealHeadersAndOnlyAutoIsEmpty() {
        for (ColumnPreset preset : ColumnPreset.values()) {
            assertEquals(preset == ColumnPreset.AUTO, preset.table().isEmpty(), preset::key);
            preset.table().forEach(e -> assertFalse(HeaderName.normalise(e.getKey()).isBlank(), e::getKey));
        }
    }
}
