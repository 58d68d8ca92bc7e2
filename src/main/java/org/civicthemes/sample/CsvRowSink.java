package org.civicthemes.sample;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Writes the sample as CSV: UTF-8 without a byte-order mark, CRLF line ends, header then rows. */
final class CsvRowSink implements RowSink {

    static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setHeader(SampleColumns.HEADERS.toArray(new String[0]))
            .setRecordSeparator("\r\n")
            .get();

    private final CSVPrinter printer;

    CsvRowSink(Path file) throws IOException {
        Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        try {
            this.printer = new CSVPrinter(writer, FORMAT);
        } catch (IOException | RuntimeException e) {
            writer.close();
            throw e;
        }
    }

    @Override
    public void accept(SampleRow row) throws IOException {
        printer.printRecord(row.requestId(), date(row.created()), date(row.closed()), row.status(), row.category(),
                row.text(), row.address(), row.district(), coordinate(row.latitude()), coordinate(row.longitude()),
                row.source());
    }

    @Override
    public void finish() throws IOException {
        printer.close(true);
    }

    @Override
    public void discard() {
        try {
            printer.close();
        } catch (IOException ignored) {
            // the partial file is deleted by the caller
        }
    }

    private static String date(LocalDateTime t) {
        return t == null ? "" : SampleColumns.CSV_DATE.format(t);
    }

    static String coordinate(double v) {
        return Double.isNaN(v) ? "" : BigDecimal.valueOf(v).setScale(6, RoundingMode.HALF_UP).toPlainString();
    }
}
