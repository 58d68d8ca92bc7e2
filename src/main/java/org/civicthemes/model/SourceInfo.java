package org.civicthemes.model;

import java.util.Objects;

/**
 * Where a dataset came from, enough to find and verify the file again.
 *
 * @param fileName  the file's name, without folders
 * @param path      the absolute path it was read from
 * @param sha256    hex SHA-256 of the file's bytes
 * @param format    what the content turned out to be
 * @param sheet     the sheet read, or empty for a text file
 * @param headerRow the 1-based row (or line) that holds the column names
 * @param encoding  the character set of a text file, or empty for a workbook
 * @param delimiter the field separator of a text file, or empty for a workbook
 */
public record SourceInfo(String fileName, String path, String sha256, SourceFormat format, String sheet,
                         int headerRow, String encoding, String delimiter) {

    public SourceInfo {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(format, "format");
        path = path == null ? "" : path;
        sha256 = sha256 == null ? "" : sha256;
        sheet = sheet == null ? "" : sheet;
        encoding = encoding == null ? "" : encoding;
        delimiter = delimiter == null ? "" : delimiter;
    }
}
