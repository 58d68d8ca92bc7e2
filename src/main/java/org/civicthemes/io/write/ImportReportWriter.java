package org.civicthemes.io.write;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.civicthemes.model.ColumnAssignment;
import org.civicthemes.model.ImportReport;
import org.civicthemes.model.ImportWarning;
import org.civicthemes.model.SkippedRow;
import org.civicthemes.model.SourceInfo;

/** Writes an {@link ImportReport} as {@code import-report.json}, with fields in a fixed order. */
public final class ImportReportWriter {

    private final ObjectMapper mapper = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    /**
     * @param extra more top-level fields (the run's options, counts in a date range), written last in
     *              their own order
     */
    public void write(ImportReport report, Map<String, Object> extra, Path target) throws IOException {
        ObjectNode json = toJson(report);
        extra.forEach((k, v) -> json.set(k, mapper.valueToTree(v)));
        AtomicFile.write(target, out -> {
            mapper.writeValue(out, json);
            out.write('\n');
        });
    }

    ObjectNode toJson(ImportReport report) {
        ObjectNode json = mapper.createObjectNode();
        SourceInfo s = report.source();
        json.put("file", s.fileName());
        json.put("format", s.format().name().toLowerCase(java.util.Locale.ROOT));
        json.put("sheet", s.sheet());
        json.put("headerRow", s.headerRow());
        json.put("encoding", s.encoding());
        json.put("delimiter", s.delimiter());
        json.put("sha256", s.sha256());
        json.put("rowsRead", report.rowsRead());
        json.put("rowsImported", report.rowsImported());
        json.put("rowsSkipped", report.rowsSkipped());
        json.put("rowsWithoutText", report.rowsWithoutText());
        json.put("rowsWithoutCreatedDate", report.dateless());
        ArrayNode columns = json.putArray("columns");
        for (ColumnAssignment a : report.columns().assignments()) {
            ObjectNode c = columns.addObject();
            c.put("role", a.role().key());
            ArrayNode names = c.putArray("columns");
            a.columns().forEach(names::add);
            c.put("confidence", Math.round(a.confidence() * 100) / 100.0);
            c.put("evidence", a.evidence());
        }
        ArrayNode notes = json.putArray("notes");
        report.notes().forEach(notes::add);
        ArrayNode skipped = json.putArray("skipped");
        for (SkippedRow r : report.skipped()) {
            skipped.addObject().put("row", r.row()).put("reason", r.reason());
        }
        ObjectNode counts = json.putObject("warningCounts");
        report.warningCounts().forEach(counts::put);
        ArrayNode warnings = json.putArray("warnings");
        for (ImportWarning w : report.warnings()) {
            warnings.addObject()
                    .put("kind", w.kind())
                    .put("file", w.file())
                    .put("sheet", w.sheet())
                    .put("row", w.row())
                    .put("column", w.column())
                    .put("value", w.value())
                    .put("message", w.message());
        }
        return json;
    }
}
