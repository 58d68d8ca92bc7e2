package org.civicthemes.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.civicthemes.model.CityFaq;
import org.civicthemes.model.ThemeRun;
import org.civicthemes.workflow.Departments;
import org.civicthemes.workflow.ExportContext;
import org.civicthemes.workflow.ExportChoices;
import org.civicthemes.workflow.ExportFormat;
import org.civicthemes.workflow.ExportRequest;
import org.civicthemes.workflow.ExportService;
import org.civicthemes.workflow.TextChoices;

/**
 * Export summary: writes the themes as they stand (edits included) over the requests in the filter, in the
 * background. The view asks before replacing files ({@link #existing}) and before leaving personal data in.
 */
public final class ExportViewModel {

    private final ExportService service;
    private final AnalysisViewModel analysis;
    private final JobState job;
    private final java.util.function.Supplier<CityFaq> cityFaq;
    private List<Path> written = List.of();

    public ExportViewModel(ExportService service, AnalysisViewModel analysis, BackgroundRunner runner) {
        this(service, analysis, runner, () -> CityFaq.NONE);
    }

    /** @param cityFaq the city's FAQ the analyst loaded (its matches go into faq and brief), or none */
    public ExportViewModel(ExportService service, AnalysisViewModel analysis, BackgroundRunner runner,
                           java.util.function.Supplier<CityFaq> cityFaq) {
        this.service = service;
        this.analysis = analysis;
        this.job = new JobState(runner, "Export");
        this.cityFaq = cityFaq;
    }

    /**
     * What the analyst chose in the export dialog.
     *
     * @param byDepartment also one summary per department the codebook's themes name, with its themes only (as
     *                     {@code analyze --by-department} writes them)
     */
    public record Choices(Set<ExportFormat> formats, boolean selectedThemeOnly, boolean keepPersonalData,
                          boolean byDepartment) {
        public Choices {
            formats = Set.copyOf(formats);
        }

        /** Without per-department summaries. */
        public Choices(Set<ExportFormat> formats, boolean selectedThemeOnly, boolean keepPersonalData) {
            this(formats, selectedThemeOnly, keepPersonalData, false);
        }
    }

    /** Whether there are themes to export. */
    public boolean canExport() {
        return analysis.stateProperty().get() != null;
    }

    /**
     * The departments the themes shown belong to (named in the codebook that placed them, or set by the analyst), in
     * name order; empty when no theme names one: one summary per department is then not offered.
     */
    public List<String> departments() {
        ViewState state = analysis.stateProperty().get();
        return state == null ? List.of() : List.copyOf(Departments.of(state.run()).keySet());
    }

    /** The files of {@code folder} that an export with these choices would replace. */
    public List<Path> existing(Path folder, Choices choices, Integer selectedTheme) {
        return allChoices(choices, selectedTheme, false).stream().flatMap(c -> service.existing(folder, c).stream())
                .toList();
    }

    /** The summary of all themes (or the selected one), then one per department when asked. */
    private List<ExportChoices> allChoices(Choices choices, Integer selectedTheme, boolean replace) {
        ExportChoices main = exportChoices(choices, selectedTheme, replace);
        ViewState state = analysis.stateProperty().get();
        if (!choices.byDepartment() || state == null) {
            return List.of(main);
        }
        List<ExportChoices> all = new java.util.ArrayList<>(List.of(main));
        all.addAll(Departments.choices(new ExportChoices(choices.formats(), replace, java.util.OptionalInt.empty()),
                state.run()));
        return all;
    }

    /**
     * Starts the export; {@code replace} is true only after the analyst agreed to replace the files
     * {@link #existing} listed.
     *
     * @param selectedTheme the theme id selected in the themes table, or null
     */
    public void export(Path folder, Choices choices, Integer selectedTheme, boolean replace) {
        ViewState state = analysis.stateProperty().get();
        if (state == null) {
            job.fail("Find themes first: open a 311 export with File > Open.");
            return;
        }
        if (choices.formats().isEmpty()) {
            job.fail("Choose at least one kind of file to export.");
            return;
        }
        ThemeRun run = state.filteredRun();
        TextChoices text = choices.keepPersonalData() ? keepingEverything(analysis.choices().text())
                : analysis.choices().text();
        List<ExportChoices> exports = allChoices(choices, selectedTheme, replace);
        if (choices.byDepartment() && exports.size() == 1) {
            job.fail("No theme names a department: give themes one first (right-click a theme > Department…).");
            return;
        }
        List<ExportRequest> requests = new java.util.ArrayList<>();
        try {
            ExportContext context = new ExportContext(cityFaq.get(), ExportContext.DEFAULTS.emerging(),
                    Departments.byTheme(run));
            for (ExportChoices exportChoices : exports) {
                requests.add(new ExportRequest(analysis.imported(), run, run.range(), text, folder, exportChoices,
                        narrowingOf(state.filter())).withContext(context).withCodebook(state.codebook()));
            }
        } catch (IllegalArgumentException e) {
            job.fail(e.getMessage());
            return;
        }
        job.start("Exporting…", (progress, cancel) -> {
            List<Path> all = new java.util.ArrayList<>();
            for (ExportRequest request : requests) {
                all.addAll(service.export(request, progress, cancel));
            }
            return all;
        }, files -> {
            written = List.copyOf(files);
            job.say("Exported " + files.size() + " files to " + folder + ": "
                    + files.stream().map(f -> f.getFileName().toString()).collect(Collectors.joining(", ")));
        });
    }

    private static ExportChoices exportChoices(Choices choices, Integer selectedTheme, boolean replace) {
        ExportChoices c = new ExportChoices(choices.formats(), replace, java.util.OptionalInt.empty());
        return choices.selectedThemeOnly() && selectedTheme != null ? c.forTheme(selectedTheme) : c;
    }

    /** The category and district choices in words, for the export's heading. */
    static String narrowingOf(RequestFilter filter) {
        List<String> parts = new java.util.ArrayList<>();
        if (!filter.category().isEmpty()) {
            parts.add("category " + filter.category());
        }
        if (!filter.district().isEmpty()) {
            parts.add("district " + filter.district());
        }
        return String.join(", ", parts);
    }

    private static TextChoices keepingEverything(TextChoices text) {
        return TextChoices.keepingAll(text.extraStopwords());
    }

    /** The files the last export wrote. */
    public List<Path> written() {
        return written;
    }

    JobState job() {
        return job;
    }
}
