package org.civicthemes.io.read;

import java.io.IOException;
import java.util.List;
import org.civicthemes.model.SourceFormat;

/**
 * A file opened for reading: its tables (sheets, or the one table of a text file) and how its content
 * was recognised.
 */
final class OpenedSource implements AutoCloseable {

    private final SourceFormat format;
    private final List<TableSource> tables;
    private final String encoding;
    private final String delimiter;
    private final List<String> notes;
    private final AutoCloseable resource;

    OpenedSource(SourceFormat format, List<TableSource> tables, String encoding, String delimiter, List<String> notes,
                 AutoCloseable resource) {
        this.format = format;
        this.tables = List.copyOf(tables);
        this.encoding = encoding;
        this.delimiter = delimiter;
        this.notes = List.copyOf(notes);
        this.resource = resource;
    }

    SourceFormat format() {
        return format;
    }

    List<TableSource> tables() {
        return tables;
    }

    String encoding() {
        return encoding;
    }

    String delimiter() {
        return delimiter;
    }

    List<String> notes() {
        return notes;
    }

    List<String> sheetNames() {
        return tables.stream().map(TableSource::sheetName).toList();
    }

    @Override
    public void close() throws IOException {
        if (resource != null) {
            try {
                resource.close();
            } catch (IOException | RuntimeException e) {
                throw e instanceof IOException io ? io : new IOException(e);
            } catch (Exception e) {
                throw new IOException(e);
            }
        }
    }
}
