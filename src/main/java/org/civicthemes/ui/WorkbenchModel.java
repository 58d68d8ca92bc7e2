package org.civicthemes.ui;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import org.civicthemes.workflow.ImportService;
import org.civicthemes.workflow.ThemeService;

/**
 * The workbench's view models wired together: an import is followed by finding themes; the filter bar narrows
 * the state every view reads. Progress, status and cancel speak for whichever long job runs.
 */
public final class WorkbenchModel {

    private final ImportViewModel importer;
    private final AnalysisViewModel analysis;
    private final ThemesViewModel themes;
    private final FilterViewModel filter;

    public WorkbenchModel(BackgroundRunner runner) {
        importer = new ImportViewModel(new ImportService(), runner);
        analysis = new AnalysisViewModel(new ThemeService(), runner);
        themes = new ThemesViewModel(analysis.stateProperty());
        filter = new FilterViewModel(analysis::filter, () -> themes.lastDayProperty().get());
        importer.setOnImported(result -> {
            filter.reset();
            analysis.analyze(result);
        });
    }

    public ImportViewModel importer() {
        return importer;
    }

    public AnalysisViewModel analysis() {
        return analysis;
    }

    public ThemesViewModel themes() {
        return themes;
    }

    public FilterViewModel filter() {
        return filter;
    }

    /** True while a file is read or themes are found. */
    public BooleanBinding busy() {
        return importer.runningProperty().or(analysis.runningProperty());
    }

    public javafx.beans.binding.NumberBinding progress() {
        return Bindings.when(importer.runningProperty()).then(importer.progressProperty())
                .otherwise(analysis.progressProperty());
    }

    /** The latest status message of the two jobs. */
    public StringBinding status() {
        return Bindings.createStringBinding(() -> importer.runningProperty().get() || analysis.statusProperty().get()
                        .isEmpty() ? importer.statusProperty().get() : analysis.statusProperty().get(),
                importer.runningProperty(), importer.statusProperty(), analysis.statusProperty());
    }

    /** The error to show, if any. */
    public StringBinding error() {
        return Bindings.createStringBinding(() -> importer.errorProperty().get().isEmpty()
                ? analysis.errorProperty().get() : importer.errorProperty().get(),
                importer.errorProperty(), analysis.errorProperty());
    }

    public void cancel() {
        importer.cancel();
        analysis.cancel();
    }
}
