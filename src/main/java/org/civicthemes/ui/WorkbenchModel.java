package org.civicthemes.ui;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import org.civicthemes.workflow.CityFaqService;
import org.civicthemes.workflow.ExportService;
import org.civicthemes.workflow.ImportService;
import org.civicthemes.workflow.ProjectStore;
import org.civicthemes.workflow.SparkResultsService;
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
    private final ExportViewModel export;
    private final ProjectViewModel project;
    private final ChartsViewModel charts;
    private final SinceCodebookViewModel sinceCodebook;
    private final FaqViewModel faq;
    private final ResultsViewModel results;
    private final RecentProjects recent;
    // Bindings made once and kept: a binding made per call is held by its sources only weakly, so a listener added
    // to it stops hearing of changes once it is collected (issue 15).
    private final BooleanBinding busy;
    private final javafx.beans.binding.NumberBinding progress;
    private final StringBinding error;
    private final javafx.beans.property.BooleanProperty chartsShown = new javafx.beans.property.SimpleBooleanProperty(
            true);

    /** A workbench whose recent projects are kept in memory only (tests). */
    public WorkbenchModel(BackgroundRunner runner) {
        this(runner, runner, runner, new RecentProjects(null));
    }

    /**
     * @param runner       runs imports, theme finding, exports and projects
     * @param chartsRunner recomputes the charts, apart so they never wait behind a long job
     * @param countsRunner counts the themes table for each new filter or edit, apart from the charts
     */
    public WorkbenchModel(BackgroundRunner runner, BackgroundRunner chartsRunner, BackgroundRunner countsRunner,
                          RecentProjects recent) {
        importer = new ImportViewModel(new ImportService(), runner);
        analysis = new AnalysisViewModel(new ThemeService(), runner);
        themes = new ThemesViewModel(analysis.stateProperty(), countsRunner);
        sinceCodebook = new SinceCodebookViewModel(themes.sinceCodebookProperty());
        filter = new FilterViewModel(analysis::filter, () -> themes.lastDayProperty().get());
        this.recent = recent;
        faq = new FaqViewModel(new CityFaqService(), analysis, countsRunner);
        export = new ExportViewModel(new ExportService(), analysis, runner, () -> faq.cityFaqProperty().get());
        project = new ProjectViewModel(new ProjectStore(), this, runner, recent);
        charts = new ChartsViewModel(chartsRunner);
        results = new ResultsViewModel(new SparkResultsService(), runner, chartsRunner);
        // the charts follow the state only while they are shown: redrawing them is most of an edit's cost on the FX
        // thread (styling thousands of heatmap cells), so hidden charts catch up when their tab is chosen
        Runnable followCharts = () -> {
            if (chartsShown.get()) {
                charts.stateProperty().set(analysis.stateProperty().get());
            }
        };
        analysis.stateProperty().addListener((o, before, after) -> followCharts.run());
        chartsShown.addListener((o, before, after) -> followCharts.run());
        importer.setOnImported(result -> {
            results.close();
            filter.reset();
            analysis.analyze(result);
        });
        // a project opened (or themes found) while results were shown: back to the analysis
        analysis.stateProperty().addListener((o, before, after) -> {
            if (after != null && (before == null || before.run() != after.run())) {
                results.close();
            }
        });
        busy = importer.runningProperty().or(analysis.runningProperty()).or(export.job().runningProperty())
                .or(project.job().runningProperty()).or(faq.job().runningProperty()).or(results.runningProperty());
        progress = Bindings.when(importer.runningProperty()).then(importer.progressProperty())
                .otherwise(Bindings.when(export.job().runningProperty()).then(export.job().progressProperty())
                        .otherwise(Bindings.when(project.job().runningProperty()).then(project.job().progressProperty())
                                .otherwise(Bindings.when(faq.job().runningProperty()).then(faq.job().progressProperty())
                                        .otherwise(Bindings.when(results.runningProperty())
                                                .then(results.progressProperty())
                                                .otherwise(analysis.progressProperty())))));
        error = Bindings.createStringBinding(() -> firstNonEmpty(importer.errorProperty().get(),
                        analysis.errorProperty().get(), export.job().errorProperty().get(),
                        project.job().errorProperty().get(), faq.job().errorProperty().get(),
                        results.errorProperty().get()),
                importer.errorProperty(), analysis.errorProperty(), export.job().errorProperty(),
                project.job().errorProperty(), faq.job().errorProperty(), results.errorProperty());
        for (javafx.beans.value.ObservableValue<String> source : java.util.List.of(importer.statusProperty(),
                analysis.statusProperty(), export.job().statusProperty(), project.job().statusProperty(),
                faq.job().statusProperty(), results.statusProperty())) {
            source.addListener((o, before, after) -> {
                if (after != null && !after.isEmpty()) {
                    status.set(after);
                }
            });
        }
    }

    private final javafx.beans.property.ReadOnlyStringWrapper status = new javafx.beans.property.ReadOnlyStringWrapper(
            "Ready");

    public ImportViewModel importer() {
        return importer;
    }

    public AnalysisViewModel analysis() {
        return analysis;
    }

    public ThemesViewModel themes() {
        return themes;
    }

    /** The What changed tab: what changed since the codebook that placed the themes. */
    public SinceCodebookViewModel sinceCodebook() {
        return sinceCodebook;
    }

    public FilterViewModel filter() {
        return filter;
    }

    public ExportViewModel export() {
        return export;
    }

    public ProjectViewModel project() {
        return project;
    }

    public RecentProjects recentProjects() {
        return recent;
    }

    /** Whether the charts are on screen (the view binds it to the Charts tab); true by default. */
    public javafx.beans.property.BooleanProperty chartsShownProperty() {
        return chartsShown;
    }

    public ChartsViewModel charts() {
        return charts;
    }

    /** What residents ask, and what the city's FAQ answers. */
    public FaqViewModel faq() {
        return faq;
    }

    /** The results of a Spark run, when File > Open results… opened them (the window then shows them). */
    public ResultsViewModel results() {
        return results;
    }

    /** True while a file is read, themes are found, an export is written or a project opens. */
    public BooleanBinding busy() {
        return busy;
    }

    public javafx.beans.binding.NumberBinding progress() {
        return progress;
    }

    /** The latest status message of the jobs: the one that changed last. */
    public javafx.beans.property.ReadOnlyStringProperty status() {
        return status.getReadOnlyProperty();
    }

    /** The error to show, if any. */
    public StringBinding error() {
        return error;
    }

    private static String firstNonEmpty(String... values) {
        for (String v : values) {
            if (!v.isEmpty()) {
                return v;
            }
        }
        return "";
    }

    /** Hides the error shown. */
    public void dismissError() {
        analysis.dismissError();
        export.job().dismissError();
        project.job().dismissError();
        faq.job().dismissError();
        results.dismissError();
    }

    public void cancel() {
        importer.cancel();
        analysis.cancel();
        export.job().cancel();
        project.cancel();
        faq.job().cancel();
        results.cancel();
    }
}
