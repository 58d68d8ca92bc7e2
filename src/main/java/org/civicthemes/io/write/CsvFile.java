package org.civicthemes.io.write;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Writes a UTF-8 CSV file through {@link AtomicFile}: the records are printed by the caller. */
final class CsvFile {

    /** Prints the records of one file. */
    @FunctionalInterface
    interface Records {
        void printTo(CSVPrinter csv) throws IOException;
    }

    private CsvFile() {
    }

    static void write(Path target, CSVFormat format, Records records) throws IOException {
        AtomicFile.write(target, out -> print(out, format, records));
    }

    /** Prints the records to a stream as UTF-8, and flushes it (the caller closes it). */
    static void print(OutputStream out, CSVFormat format, Records records) throws IOException {
        BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        CSVPrinter csv = new CSVPrinter(writer, format);
        records.printTo(csv);
        csv.flush();
    }

    /** A header-only RFC 4180 format. */
    static CSVFormat withHeader(String... header) {
        return CSVFormat.RFC4180.builder().setHeader(header).get();
    }
}
