package org.civicthemes.io.read;

import java.io.IOException;

/** One named sheet of a workbook, read by the workbook that owns it. */
final class WorkbookSheet implements TableSource {

    /** Reads the rows of a sheet, by name. */
    @FunctionalInterface
    interface SheetReader {
        void read(String sheet, RowVisitor visitor, ByteProgress progress) throws IOException, ImportException;
    }

    private final String name;
    private final SheetReader reader;

    WorkbookSheet(String name, SheetReader reader) {
        this.name = name;
        this.reader = reader;
    }

    @Override
    public String sheetName() {
        return name;
    }

    @Override
    public void read(RowVisitor visitor, ByteProgress progress) throws IOException, ImportException {
        reader.read(name, visitor, progress);
    }
}
