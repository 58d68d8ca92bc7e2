package org.civicthemes.io.read;

import java.io.IOException;

/** One sheet of a workbook, or a whole text file: a table that can be read from the top as often as needed. */
interface TableSource {

    /** The sheet name, or empty for a text file. */
    String sheetName();

    /**
     * Reads rows from the top until the end or until the visitor returns false.
     *
     * @throws ImportException when the content cannot be read, with a message for the analyst
     */
    void read(RowVisitor visitor, ByteProgress progress) throws IOException, ImportException;

    /** Receives how many bytes of the source were consumed; total is -1 when unknown. */
    @FunctionalInterface
    interface ByteProgress {
        ByteProgress NONE = (done, total) -> { };

        void update(long done, long total);
    }
}
