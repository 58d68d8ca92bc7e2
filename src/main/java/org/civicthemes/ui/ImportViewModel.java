package org.civicthemes.ui;

import java.nio.file.Path;
import java.util.Locale;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.civicthemes.model.ColumnAssignment;
import org.civicthemes.model.ImportOptions;
import org.civicthemes.model.ImportReport;
import org.civicthemes.model.ImportResult;
import org.civicthemes.model.ImportWarning;
import org.civicthemes.model.ServiceRequest;
import org.civicthemes.model.SkippedRow;
import org.civicthemes.workflow.BadInputException;
import org.civicthemes.workflow.BundledSample;
import org.civicthemes.workflow.ImportService;

/**
 * State and commands of the import screen: opening a file in the background with progress and cancel,
 * the requests read, and the import report. A failed or cancelled import leaves the previous result as it was.
 */
public final class ImportViewModel {

    private final ImportService importService;
    private final BackgroundRunner runner;

    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("No file open");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(
            "Open a 311 export (.xlsx, .xls, .csv) with File > Open, or drop it on this window.");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("Ready");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ObservableList<ServiceRequest> requests = FXCollections.observableArrayList();
    private final ObservableList<ColumnAssignment> columns = FXCollections.observableArrayList();
    private final ObservableList<ImportWarning> warnings = FXCollections.observableArrayList();
    private final ObservableList<String> notes = FXCollections.observableArrayList();
    private final ObservableList<SkippedRow> skipped = FXCollections.observableArrayList();
    // Read-only views made once and kept: a view made per call listens to its list only weakly and is collected
    // with the listeners added to it (issue 15).
    private final ObservableList<ServiceRequest> requestsView = FXCollections.unmodifiableObservableList(requests);
    private final ObservableList<ColumnAssignment> columnsView = FXCollections.unmodifiableObservableList(columns);
    private final ObservableList<ImportWarning> warningsView = FXCollections.unmodifiableObservableList(warnings);
    private final ObservableList<String> notesView = FXCollections.unmodifiableObservableList(notes);
    private final ObservableList<SkippedRow> skippedView = FXCollections.unmodifiableObservableList(skipped);
    private BackgroundRunner.Handle current;
    private ImportResult result;
    private Path file;
    private ImportOptions reading = ImportOptions.DETECT_ALL;
    private java.util.function.Consumer<ImportResult> onImported = r -> { };

    public ImportViewModel(ImportService importService, BackgroundRunner runner) {
        this.importService = importService;
        this.runner = runner;
    }

    /** Starts importing a file with every column detected; the outcome replaces the current one only if it succeeds. */
    public void open(Path file) {
        open(file, ImportOptions.DETECT_ALL);
    }

    /** Reads the current file again with corrected column roles, sheet or header row. */
    public void reread(ImportOptions options) {
        if (file != null) {
            open(file, options);
        }
    }

    /** Starts importing a file with the given reading options. */
    public void open(Path file, ImportOptions options) {
        read(file.getFileName().toString(), () -> file, options);
    }

    /**
     * Opens the sample that comes with CivicThemes (20,000 synthetic requests): the checkout's
     * {@code sample-data} file, or the copy inside the jar, written out first in the background.
     */
    public void openSample() {
        read(BundledSample.FILE_NAME, () -> {
            try {
                return BundledSample.file().orElseThrow(() -> new BadInputException(
                        "This copy of CivicThemes carries no sample: open an export with File > Open.", null));
            } catch (java.io.UncheckedIOException e) {
                throw new BadInputException(e.getMessage(), e);
            }
        }, ImportOptions.DETECT_ALL);
    }

    /** A file read, with the path it was read from. */
    private record Read(Path file, ImportResult result) {
    }

    private void read(String name, java.util.concurrent.Callable<Path> source, ImportOptions options) {
        if (running.get()) {
            return;
        }
        running.set(true);
        error.set("");
        progress.set(-1);
        status.set("Opening " + name + "…");
        current = runner.start((listener, cancel) -> {
            Path file = source.call();
            return new Read(file, importService.importFile(file, options, listener, cancel));
        }, new BackgroundRunner.Callbacks<>(read -> {
                    this.file = read.file();
                    this.reading = options;
                    show(read.result());
                }, this::fail, this::cancelled, (step, done, total) -> {
                    progress.set(total > 0 ? Math.min(1.0, done / (double) total) : -1);
                    status.set(step + "…");
                }));
    }

    /** Asks the running import to stop; the previous result stays. */
    public void cancel() {
        if (current != null && running.get()) {
            status.set("Cancelling…");
            current.cancel();
        }
    }

    /** The options the current requests were read with. */
    public ImportOptions reading() {
        return reading;
    }

    /** The file the current requests come from, or null. */
    public Path file() {
        return file;
    }

    /** Shows a result imported elsewhere (an opened project, read with {@code options}) without finding themes. */
    public void showResult(ImportResult imported, Path source, ImportOptions options) {
        file = source;
        reading = options;
        showResult(imported);
    }

    private void showResult(ImportResult imported) {
        result = imported;
        ImportReport r = imported.report();
        String sheet = r.source().sheet().isEmpty() ? "" : " · sheet " + r.source().sheet();
        title.set(r.source().fileName() + sheet);
        summary.set(summaryOf(r));
        requests.setAll(imported.dataset().requests());
        columns.setAll(r.columns().assignments());
        warnings.setAll(r.warnings());
        notes.setAll(r.notes());
        skipped.setAll(r.skipped());
    }

    private void show(ImportResult imported) {
        showResult(imported);
        ImportReport r = imported.report();
        finish(String.format(Locale.US, "Imported %,d requests", r.rowsImported()));
        onImported.accept(imported);
    }

    /** What to do after each successful import (the workbench finds the themes). */
    public void setOnImported(java.util.function.Consumer<ImportResult> action) {
        onImported = java.util.Objects.requireNonNull(action, "action");
    }

    static String summaryOf(ImportReport r) {
        return String.format(Locale.US, "%,d rows read · %,d imported · %,d skipped · %,d warnings",
                r.rowsRead(), r.rowsImported(), r.rowsSkipped(), r.totalWarnings());
    }

    private void fail(Exception e) {
        error.set(e instanceof BadInputException ? e.getMessage()
                : "Something went wrong while reading the file (" + e.getClass().getSimpleName() + ": " + e.getMessage()
                        + "). This is a bug; the previous result is kept.");
        finish("Import failed");
    }

    private void cancelled() {
        finish("Import cancelled; the previous result is kept");
    }

    private void finish(String message) {
        running.set(false);
        progress.set(0);
        status.set(message);
        current = null;
    }

    public ImportResult result() {
        return result;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ObservableList<ServiceRequest> requests() {
        return requestsView;
    }

    public ObservableList<ColumnAssignment> columns() {
        return columnsView;
    }

    public ObservableList<ImportWarning> warnings() {
        return warningsView;
    }

    public ObservableList<String> notes() {
        return notesView;
    }

    public ObservableList<SkippedRow> skipped() {
        return skippedView;
    }
}
