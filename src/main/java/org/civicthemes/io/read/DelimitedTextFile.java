package org.civicthemes.io.read;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A .csv, .tsv or .txt export: its encoding and delimiter are found from its content. Row numbers are
 * record numbers (a quoted field may span lines), so they match the rows Excel shows for the file.
 */
final class DelimitedTextFile implements TableSource {

    private static final int SAMPLE_CHARS = 1 << 16;

    private final Path file;
    private final TextEncoding encoding;
    private final char delimiter;

    private DelimitedTextFile(Path file, TextEncoding encoding, char delimiter) {
        this.file = file;
        this.encoding = encoding;
        this.delimiter = delimiter;
    }

    static DelimitedTextFile open(Path file) throws IOException, ImportException {
        String name = file.getFileName().toString();
        TextEncoding encoding = TextEncoding.detect(file);
        if (encoding == null) {
            throw ImportFailures.binary(name);
        }
        String sample;
        try (Reader reader = reader(file, encoding, TableSource.ByteProgress.NONE, -1)) {
            char[] buffer = new char[SAMPLE_CHARS];
            int n = reader.read(buffer);
            sample = n <= 0 ? "" : new String(buffer, 0, n);
        }
        if (sample.isBlank()) {
            throw ImportFailures.noRows(name);
        }
        boolean tsv = name.toLowerCase(Locale.ROOT).endsWith(".tsv");
        return new DelimitedTextFile(file, encoding, DelimiterDetector.detect(sample, tsv));
    }

    String encodingName() {
        return encoding.displayName();
    }

    /** Byte sequences of the file that are not valid in its encoding, each read as U+FFFD. */
    long replacedSequences() {
        return encoding.replaced();
    }

    String delimiterName() {
        return DelimiterDetector.displayName(delimiter);
    }

    @Override
    public String sheetName() {
        return "";
    }

    @Override
    public void read(RowVisitor visitor, ByteProgress progress) throws IOException, ImportException {
        CSVFormat format = CSVFormat.RFC4180.builder()
                .setDelimiter(delimiter)
                .setIgnoreEmptyLines(false)
                .setTrailingData(true)
                .get();
        long size = Files.size(file);
        try (Reader reader = reader(file, encoding, progress, size);
             CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
            try {
                for (CSVRecord record : parser) {
                    List<String> cells = Arrays.asList(record.values()); // each record has its own array: no copy
                    if (!visitor.row(Math.toIntExact(record.getRecordNumber()), cells)) {
                        return;
                    }
                }
            } catch (UncheckedIOException | IllegalStateException e) {
                throw malformed(parser, e);
            }
        }
    }

    private ImportException malformed(CSVParser parser, RuntimeException e) {
        String detail = String.valueOf(e.getMessage());
        String what = detail.contains("EOF") || detail.contains("encapsulated")
                ? "a quoted field is opened with \" but never closed"
                : "the text cannot be split into fields (" + detail + ")";
        return new ImportException(file.getFileName() + ", record " + (parser.getRecordNumber() + 1) + " (near line "
                + parser.getCurrentLineNumber() + "): " + what + ". Fix the quotes at that place in the file, "
                + "or export it again.", e);
    }

    private static Reader reader(Path file, TextEncoding encoding, ByteProgress progress, long total)
            throws IOException {
        InputStream in = new CountingInputStream(Files.newInputStream(file), total, progress);
        in.skipNBytes(encoding.bomLength());
        return new BufferedReader(new InputStreamReader(in, encoding.charset()), 1 << 16);
    }
}
