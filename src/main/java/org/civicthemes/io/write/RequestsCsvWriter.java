package org.civicthemes.io.write;

import java.io.IOException;
import java.io.OutputStream;
import java.time.format.DateTimeFormatter;
import org.apache.commons.csv.CSVFormat;

/**
 * Writes {@code requests.csv}: one flat row per request of the export, for Power BI and Tableau:
 * {@code source_row,request_id,created,category,district,theme_id,theme_label,text}. The text is redacted unless
 * redaction was switched off; every text value that a spreadsheet would read as a formula is neutralised.
 */
public final class RequestsCsvWriter implements ExportWriter {

    static final String[] HEADER = {"source_row", "request_id", "created", "category", "district", "theme_id",
        "theme_label", "text"};
    private static final DateTimeFormatter CREATED = DateTimeFormatter.ISO_LOCAL_DATE_TIME;

    @Override
    public void writeTo(ExportContent content, OutputStream out) throws IOException {
        CsvFile.print(out, CsvFile.withHeader(HEADER), csv -> RequestRows.forEach(content, (request, group) ->
                csv.printRecord(request.sourceRow(), CsvText.safe(request.requestId()),
                        request.created() == null ? "" : CREATED.format(request.created()),
                        CsvText.safe(request.category()), CsvText.safe(request.district()), content.fileIdOf(group),
                        CsvText.safe(content.labelOf(group)),
                        CsvText.safe(content.requestText().apply(request.text())))));
    }

    /** The format of the file, for readers and tests. */
    public static CSVFormat format() {
        return CsvFile.withHeader(HEADER);
    }
}
