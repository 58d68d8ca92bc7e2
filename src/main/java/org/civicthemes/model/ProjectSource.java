package org.civicthemes.model;

import java.util.Objects;

/**
 * The export a project was made from: where to find it again and how to know it is the same file.
 *
 * @param absolutePath the absolute path of the file when the project was saved
 * @param relativePath the path from the project file's folder, with '/' between names, so a folder moved with its
 *                     files still works; empty when there is none (another drive)
 * @param sha256       lower-case hex SHA-256 of the file's bytes, as imported
 * @param size         the file's size in bytes, or -1 when unknown
 */
public record ProjectSource(String absolutePath, String relativePath, String sha256, long size) {

    public ProjectSource {
        Objects.requireNonNull(absolutePath, "absolutePath");
        if (absolutePath.isBlank()) {
            throw new IllegalArgumentException("The project needs the path of its source file");
        }
        relativePath = relativePath == null ? "" : relativePath;
        sha256 = sha256 == null ? "" : sha256.strip().toLowerCase(java.util.Locale.ROOT);
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("A SHA-256 is 64 hexadecimal digits: '" + sha256 + "'");
        }
        if (size < -1) {
            throw new IllegalArgumentException("A file size is a number of bytes, or -1 when unknown: " + size);
        }
    }

    /** The file's name, without folders. */
    public String fileName() {
        String path = absolutePath.replace('\\', '/');
        return path.substring(path.lastIndexOf('/') + 1);
    }

    public ProjectSource withRelativePath(String relative) {
        return new ProjectSource(absolutePath, relative, sha256, size);
    }
}
