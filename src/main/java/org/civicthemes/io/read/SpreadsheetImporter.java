package org.civicthemes.io.read;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.civicthemes.model.ColumnMapping;
import org.civicthemes.model.ImportOptions;
import org.civicthemes.model.ImportPreview;
import org.civicthemes.model.ImportResult;
import org.civicthemes.model.ColumnRole;
import org.civicthemes.model.Dataset;
import org.civicthemes.model.ImportReport;
import org.civicthemes.model.SourceInfo;
import org.civicthemes.progress.CancellationToken;
import org.civicthemes.progress.CancelledException;
import org.civicthemes.progress.ProgressListener;

/**
 * Reads an .xlsx, .xls, .csv, .tsv or .txt export into a {@link Dataset} and an {@link ImportReport}
 * that accounts for every row. Streams workbooks, so a million rows fit in a small heap.
 */
public final class SpreadsheetImporter {

    static final String STEP = "Reading rows";
    private static final int PREVIEW_ROWS = 50;

    private final java.time.Duration openTimeout;

    public SpreadsheetImporter() {
        this(SpooledInput.OPEN_TIMEOUT);
    }

    /** With another wait for the writer of a named pipe, for tests. */
    SpreadsheetImporter(java.time.Duration openTimeout) {
        this.openTimeout = openTimeout;
    }

    /** Looks at a file without importing it: sheets, header, first rows and detected column roles. */
    public ImportPreview preview(Path file, ImportOptions options) throws ImportException {
        String name = file.getFileName().toString();
        try (SpooledInput input = SpooledInput.of(file, openTimeout);
             OpenedSource source = SourceOpener.open(input.path())) {
            TableProbe probe = TableProbe.of(name, source, options);
            List<String> notes = sourceNotes(source, probe);
            List<List<String>> rows = probe.samples.subList(0, Math.min(PREVIEW_ROWS, probe.samples.size()));
            return new ImportPreview(name, source.format(), sheetsOf(source), probe.table.sheetName(), probe.headerRow,
                    probe.names, rows, probe.mapping, notes);
        } catch (IOException | UncheckedIOException e) {
            throw cannotRead(file, e);
        }
    }

    /**
     * Imports every row of a file.
     *
     * @throws ImportException     when the file cannot be imported, with one sentence for the analyst
     * @throws CancelledException when {@code cancel} was cancelled
     */
    public ImportResult importFile(Path file, ImportOptions options, ProgressListener progress,
                                   CancellationToken cancel) throws ImportException {
        String name = file.getFileName().toString();
        progress.update("Opening " + name, 0, -1);
        try (SpooledInput input = SpooledInput.of(file, openTimeout)) {
            return importReadable(file, input.path(), options, progress, cancel);
        } catch (IOException | UncheckedIOException e) {
            throw cannotRead(file, e);
        }
    }

    /** Imports {@code readable}, a regular file: {@code file} itself or its copy. */
    private ImportResult importReadable(Path file, Path readable, ImportOptions options, ProgressListener progress,
                                        CancellationToken cancel) throws ImportException {
        String name = file.getFileName().toString();
        CompletableFuture<String> sha256 = CompletableFuture.supplyAsync(() -> sha256(readable));
        try (OpenedSource source = SourceOpener.open(readable)) {
            return importSource(name, file.toAbsolutePath().toString(), source, options, progress, cancel, sha256);
        } catch (IOException | UncheckedIOException e) {
            throw cannotRead(file, e);
        } catch (org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException
                 | org.apache.poi.ooxml.POIXMLException e) {
            throw ImportFailures.damagedWorkbook(name, e);
        }
    }

    /**
     * Imports an opened source: the one path every format's rows take (column roles, dates, every row imported or
     * skipped with a reason).
     *
     * @param location the source's full path, as the report names it
     * @param sha256   the source's digest, or a completed empty string when it has none
     */
    static ImportResult importSource(String name, String location, OpenedSource source, ImportOptions options,
                                     ProgressListener progress, CancellationToken cancel,
                                     CompletableFuture<String> sha256) throws IOException, ImportException {
        TableProbe probe = TableProbe.of(name, source, options);
        requireText(name, probe);
        DateColumnParser created = parserFor(probe, ColumnRole.CREATED_DATE);
        DateColumnParser closed = parserFor(probe, ColumnRole.CLOSED_DATE);
        WarningLog warnings = new WarningLog(name, probe.table.sheetName());
        ColumnLayout layout = new ColumnLayout(probe.names, probe.mapping);
        RequestAssembler assembler = new RequestAssembler(probe.headerRow, probe.headerCells, layout, created, closed,
                warnings, cancel);
        try (HandOffRowVisitor handOff = new HandOffRowVisitor(assembler)) {
            probe.table.read(handOff, (done, total) -> {
                progress.update(STEP, done, total);
                cancel.throwIfCancelled();
            });
            handOff.finish();
        }
        assembler.finish();
        cancel.throwIfCancelled();
        if (assembler.rowsRead() == 0) {
            throw ImportFailures.noDataRows(name, probe.table.sheetName().isEmpty() ? ""
                    : " (sheet '" + probe.table.sheetName() + "')");
        }
        int filled = MergedCellFill.apply(assembler.requests(), assembler.mergedRegions(), layout);
        List<String> notes = notes(source, probe, created, closed, assembler, filled);
        WarningRows.note(warnings, PlausibleDates.KIND, PlausibleDates.note()).ifPresent(notes::add);
        SourceInfo info = new SourceInfo(name, location, join(sha256), source.format(),
                probe.table.sheetName(), probe.headerRow, source.encoding(), source.delimiter());
        ImportReport report = new ImportReport(info, assembler.rowsRead(), assembler.requests().size(),
                assembler.skipped(), assembler.rowsWithoutText(), assembler.dateless(), warnings.kept(),
                warnings.counts(), notes, probe.mapping);
        Dataset dataset = new Dataset(info, probe.names, probe.mapping, assembler.requests());
        progress.update(STEP, 1, 1);
        return new ImportResult(dataset, report);
    }

    /**
     * The column of a dataset an analyst means by {@code wanted}, as the import itself understands it: the exact
     * name, the name ignoring case and spaces, or a spreadsheet letter such as "C"; empty when there is none.
     */
    public static Optional<String> resolveColumn(List<String> columns, String wanted) {
        return ColumnNames.resolve(columns, wanted);
    }

    private static void requireText(String name, TableProbe probe) throws ImportException {
        if (!probe.mapping.has(ColumnRole.REQUEST_TEXT)) {
            String where = probe.table.sheetName().isEmpty() ? name : name + " (sheet '" + probe.table.sheetName() + "')";
            throw new ImportException("No column in " + where + " looks like request text (the residents' own "
                    + "descriptions). Its columns are: " + String.join(", ", probe.names) + ". Name the column that "
                    + "holds the descriptions (on the command line: --text COLUMN).");
        }
    }

    private static DateColumnParser parserFor(TableProbe probe, ColumnRole role) {
        List<String> columns = probe.mapping.columnsOf(role);
        return DateColumnParser.learn(columns.isEmpty() ? List.of() : probe.samplesOf(columns.get(0)));
    }

    private static List<String> notes(OpenedSource source, TableProbe probe, DateColumnParser created,
                                      DateColumnParser closed, RequestAssembler assembler, int filled) {
        List<String> notes = sourceNotes(source, probe);
        dateNote(probe.mapping, ColumnRole.CREATED_DATE, created).ifPresent(notes::add);
        dateNote(probe.mapping, ColumnRole.CLOSED_DATE, closed).ifPresent(notes::add);
        if (!probe.mapping.has(ColumnRole.CREATED_DATE)) {
            notes.add("No column was found for the created date, so time views are not available. Name it to "
                    + "get them (on the command line: --date COLUMN).");
        } else if (assembler.dateless() > 0) {
            notes.add(String.format(Locale.ROOT, "%,d imported requests have no readable created date; they are "
                    + "counted apart in time views.", assembler.dateless()));
        }
        if (assembler.rowsWithoutText() > 0) {
            notes.add(String.format(Locale.ROOT, "%,d imported requests have no text; they are kept and grouped as "
                    + "'No description'.", assembler.rowsWithoutText()));
        }
        if (filled > 0) {
            notes.add(String.format(Locale.ROOT, "%,d empty cells under merged cells took the merged value.", filled));
        }
        return notes;
    }

    /** What the file and its first rows said: format, sheet, header row, encoding and delimiter. */
    private static List<String> sourceNotes(OpenedSource source, TableProbe probe) {
        List<String> notes = new ArrayList<>(source.notes());
        notes.addAll(probe.notes);
        textFormatNote(source).ifPresent(notes::add);
        return notes;
    }

    private static java.util.Optional<String> dateNote(ColumnMapping mapping, ColumnRole role, DateColumnParser p) {
        return mapping.get(role).map(a -> "Dates in '" + a.columns().get(0) + "' were read as " + p.describe() + "."
                + p.orderWarning().map(w -> " Note: " + w + ".").orElse(""));
    }

    private static java.util.Optional<String> textFormatNote(OpenedSource source) {
        if (source.encoding().isEmpty()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of("Text read as " + source.encoding() + ", fields separated by "
                + source.delimiter() + ".");
    }

    private static List<String> sheetsOf(OpenedSource source) {
        return source.tables().size() == 1 && source.tables().get(0).sheetName().isEmpty()
                ? List.of() : source.sheetNames();
    }

    private static ImportException cannotRead(Path file, Exception e) {
        Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
        if (cause instanceof java.nio.file.NoSuchFileException) {
            return new ImportException("There is no file " + file + ". Check the path and try again.", e);
        }
        if (cause instanceof java.nio.file.AccessDeniedException) {
            return new ImportException(file + " cannot be read (no permission). Copy it somewhere you can read, "
                    + "or ask for access.", e);
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsx") || name.endsWith(".xls") || name.endsWith(".xlsm")) {
            return ImportFailures.fromWorkbookIo(file.getFileName().toString(), cause instanceof IOException io ? io
                    : new IOException(cause));
        }
        return new ImportException("Reading " + file.getFileName() + " failed part-way (" + cause.getMessage()
                + "). Check that the file is complete and not open in another program, then try again.", e);
    }

    private static String sha256(Path file) {
        try {
            return FileDigest.sha256(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String join(CompletableFuture<String> sha256) throws IOException {
        try {
            return sha256.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancelledException();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof UncheckedIOException u ? u.getCause() : new IOException(e.getCause());
        }
    }
}
