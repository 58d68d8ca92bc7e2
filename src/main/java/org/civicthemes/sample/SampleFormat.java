package org.civicthemes.sample;

import java.nio.file.Path;
import java.util.Locale;

/** The file formats the generator writes, chosen by the output file's extension. */
enum SampleFormat {
    XLSX(".xlsx"),
    CSV(".csv");

    private final String extension;

    SampleFormat(String extension) {
        this.extension = extension;
    }

    static SampleFormat of(Path file) {
        Path name = file.getFileName();
        String lower = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
        for (SampleFormat f : values()) {
            if (lower.endsWith(f.extension)) {
                return f;
            }
        }
        throw new IllegalArgumentException("Cannot tell the format of '" + file + "': name the file *.xlsx or *.csv");
    }
}
