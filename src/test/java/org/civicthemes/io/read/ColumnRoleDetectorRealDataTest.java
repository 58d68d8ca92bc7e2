package org.civicthemes.io.read;

import org.civicthemes.model.ColumnPreset;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.civicthemes.model.ColumnAssignment;
import org.civicthemes.model.ColumnMapping;
import org.civicthemes.model.ColumnRole;
import org.junit.jupiter.api.Test;

/** Detection on 150-row slices of real exports (src/test/resources/realdata, see the README there). */
class ColumnRoleDetectorRealDataTest {

    private final ColumnRoleDetector detector = new ColumnRoleDetector();

    /** Header and rows of a CSV slice. */
    record Table(List<String> headers, List<List<String>> rows) {
    }

    static Table read(String resource) throws IOException {
        try (InputStream in = ColumnRoleDetectorRealDataTest.class.getResourceAsStream("/realdata/" + resource);
             Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
            List<List<String>> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                rows.add(record.toList());
            }
            return new Table(parser.getHeaderNames(), rows);
        }
    }

    @Test
    void newportSeeClickFixTakesTheDescriptionAloneBecauseTheSummaryIsTheRequestType() throws IOException {
        Table t = read("newport_seeclickfix_2017_head150.csv");
        assertEquals(150, t.rows().size());
        ColumnMapping m = detector.detect(t.headers(), t.rows());

        assertRole(m, ColumnRole.REQUEST_TEXT, "description");
        assertRole(m, ColumnRole.CREATED_DATE, "created_at_utc");
        assertRole(m, ColumnRole.CLOSED_DATE, "closed_at_utc");
        assertRole(m, ColumnRole.CATEGORY, "request_type");
        assertRole(m, ColumnRole.STATUS, "status");
        assertRole(m, ColumnRole.ADDRESS, "address");
        assertRole(m, ColumnRole.LATITUDE, "lat");
        assertRole(m, ColumnRole.LONGITUDE, "lng");
        assertRole(m, ColumnRole.REQUEST_ID, "id");
        assertFalse(m.has(ColumnRole.DISTRICT), m::toString);
        assertFalse(m.has(ColumnRole.CHANNEL), m::toString);
        String evidence = m.get(ColumnRole.REQUEST_TEXT).orElseThrow().evidence();
        assertTrue(evidence.contains("'summary' left out: same as category 'request_type'"), evidence);
    }

    @Test
    void newportIsReadTheSameWithTheSeeClickFixPreset() throws IOException {
        Table t = read("newport_seeclickfix_2017_head150.csv");
        ColumnMapping auto = detector.detect(t.headers(), t.rows());
        ColumnMapping preset = detector.detect(t.headers(), t.rows(), ColumnPreset.SEECLICKFIX);
        for (ColumnRole role : ColumnRole.values()) {
            assertEquals(auto.columnsOf(role), preset.columnsOf(role), role::displayName);
        }
        assertEquals(0.95, preset.get(ColumnRole.CREATED_DATE).orElseThrow().confidence());
    }

    @Test
    void sf311EncampmentsNeverTakesUpdatedAtAsClosed() throws IOException {
        Table t = read("sf311_encampments_2025_head150.csv");
        assertEquals(150, t.rows().size());
        ColumnMapping m = detector.detect(t.headers(), t.rows());

        assertRole(m, ColumnRole.REQUEST_TEXT, "text");
        assertRole(m, ColumnRole.CREATED_DATE, "created_at");
        assertRole(m, ColumnRole.DISTRICT, "police_district");
        assertRole(m, ColumnRole.STATUS, "status");
        assertRole(m, ColumnRole.LATITUDE, "lat");
        assertRole(m, ColumnRole.LONGITUDE, "lon");
        assertRole(m, ColumnRole.REQUEST_ID, "request_id");
        assertFalse(m.has(ColumnRole.CLOSED_DATE), m::toString);
        assertFalse(m.has(ColumnRole.CATEGORY), m::toString); // one request type only, and tag_* are True/False flags
        assertTrue(m.assignments().stream().noneMatch(a -> a.columns().contains("updated_at")), m::toString);
        assertTrue(m.assignments().stream().noneMatch(a -> a.columns().contains("status_notes")), m::toString);
        assertTrue(m.assignments().stream().noneMatch(a -> a.columns().contains("resolution_notes")), m::toString);
    }

    @Test
    void evidenceNamesTheHeaderAndTheValues() throws IOException {
        Table t = read("newport_seeclickfix_2017_head150.csv");
        ColumnAssignment created = detector.detect(t.headers(), t.rows()).get(ColumnRole.CREATED_DATE).orElseThrow();
        assertEquals("header 'created_at_utc' (word 'created'); 100% of 150 values are dates"
                + " (ISO 8601 date-times with zone offsets, read as wall-clock time)", created.evidence());
        assertTrue(created.confidence() >= 0.9, () -> "confidence " + created.confidence());
    }

    static void assertRole(ColumnMapping m, ColumnRole role, String... columns) {
        assertEquals(List.of(columns), m.columnsOf(role), () -> role.displayName() + " in " + describe(m));
    }

    static String describe(ColumnMapping m) {
        StringBuilder out = new StringBuilder();
        for (ColumnAssignment a : m.assignments()) {
            out.append("\n  ").append(a.role()).append(" = ").append(a.columns()).append(" ").append(a.confidence())
                    .append(" : ").append(a.evidence());
        }
        return out.toString();
    }
}
