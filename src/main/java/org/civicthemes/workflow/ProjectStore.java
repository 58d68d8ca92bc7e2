package org.civicthemes.workflow;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.civicthemes.io.write.ProjectFile;
import org.civicthemes.io.write.ProjectFileException;
import org.civicthemes.model.Dataset;
import org.civicthemes.model.DateRange;
import org.civicthemes.model.ImportOptions;
import org.civicthemes.model.ImportResult;
import org.civicthemes.model.Project;
import org.civicthemes.model.ProjectSource;
import org.civicthemes.model.ThemeEdit;
import org.civicthemes.model.ThemeRun;
import org.civicthemes.progress.CancellationToken;
import org.civicthemes.progress.ProgressListener;

/**
 * Saves an analysis as a project file and opens it again to exactly the same themes. Opening has two steps, so
 * the workbench can ask the analyst in between: {@link #check} reads the file and looks for the source (quick),
 * {@link #open} imports the source, finds the themes with the saved options and seed, and replays the edits.
 */
public final class ProjectStore {

    public static final String EXTENSION = ProjectFile.EXTENSION;
    public static final String STEP_READ = "Reading the project";
    public static final String STEP_EDITS = "Replaying edits";

    private final ProjectFile projectFile = new ProjectFile();
    private final ImportService importService = new ImportService();
    private final ThemeService themeService = new ThemeService();
    private final CodebookService codebookService = new CodebookService(themeService);

    /**
     * The project of an analysis.
     *
     * @param dataset   the imported source (its path and SHA-256 are kept)
     * @param reading   the options the source was imported with
     * @param text      the text choices the themes were found with
     * @param base      the themes as found, before any edit (their options, seed and date range are kept)
     * @param edits     the edits applied to {@code base}, in order ({@link EditHistory#applied()})
     * @param viewRange the date-range filter in view
     */
    public static Project snapshot(Dataset dataset, ImportOptions reading, TextChoices text, ThemeRun base,
                                   List<ThemeEdit> edits, DateRange viewRange) {
        return snapshot(dataset, reading, text, base, edits, viewRange, null);
    }

    /**
     * The project of an analysis whose themes were placed by a codebook (when {@code codebook} is not null): opening
     * it places the requests by that codebook again and replays the edits.
     */
    public static Project snapshot(Dataset dataset, ImportOptions reading, TextChoices text, ThemeRun base,
                                   List<ThemeEdit> edits, DateRange viewRange, Path codebook) {
        Path source = Path.of(dataset.source().path());
        long size;
        try {
            size = Files.size(source);
        } catch (IOException e) {
            size = -1;
        }
        return new Project(new ProjectSource(source.toAbsolutePath().toString(), "", dataset.source().sha256(), size),
                reading, base.themes().options(), text.keptPersonalData(), text.extraStopwords(), base.range(),
                viewRange, edits, codebook == null ? "" : codebook.toAbsolutePath().normalize().toString());
    }

    /** The path with {@value ProjectFile#EXTENSION} added when it has another ending. */
    public static Path withExtension(Path file) {
        String name = file.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith(EXTENSION) ? file : file.resolveSibling(name + EXTENSION);
    }

    /**
     * Writes the project atomically, with the source's path relative to the project file's folder.
     *
     * @param replaceExisting true only after the analyst agreed to replace an existing file
     * @return the file written ({@code file} with the extension added when it had none)
     * @throws FileAlreadyExistsException when the file exists and {@code replaceExisting} is false
     */
    public Path save(Project project, Path file, boolean replaceExisting) throws IOException {
        Path target = withExtension(file).toAbsolutePath().normalize();
        if (!replaceExisting && Files.exists(target)) {
            throw new FileAlreadyExistsException(target.toString(), null,
                    "a file of this name exists; choose another name or agree to replace it");
        }
        ProjectSource source = project.source();
        projectFile.write(project.withSource(source.withRelativePath(
                SourceLocator.relativePath(target.getParent(), source.absolutePath()))), target);
        return target;
    }

    /**
     * Reads a project file and looks for its source: at its absolute path, else relative to the project file.
     *
     * @throws BadInputException when the file is not a readable project, with a message naming it (and the line)
     */
    public ProjectCheck check(Path file, ProgressListener progress, CancellationToken cancel) throws BadInputException {
        progress.update(STEP_READ, 0, 1);
        Project project;
        try {
            project = projectFile.read(file);
        } catch (ProjectFileException e) {
            throw new BadInputException(e.getMessage(), e);
        }
        progress.update(STEP_READ, 1, 1);
        try {
            return SourceLocator.locate(file, project, progress, cancel);
        } catch (IOException e) {
            throw cannotCheck(project, e);
        }
    }

    /** Checks a file the analyst chose in place of a missing (or changed) source. */
    public ProjectCheck relocate(ProjectCheck check, Path source, ProgressListener progress, CancellationToken cancel)
            throws BadInputException {
        try {
            return SourceLocator.locate(check.projectFile(), check.project(),
                    List.of(source.toAbsolutePath().normalize()), progress, cancel);
        } catch (IOException e) {
            throw cannotCheck(check.project(), e);
        }
    }

    /**
     * Imports the source again with the project's options, finds its themes with the saved options and seed, and
     * replays the edits. With an unchanged source the result equals the themes and assignment that were saved.
     *
     * @throws BadInputException when the source is missing, cannot be imported, or an edit no longer fits
     * @throws org.civicthemes.progress.CancelledException when {@code cancel} was cancelled
     */
    public OpenedProject open(ProjectCheck check, ProgressListener progress, CancellationToken cancel)
            throws BadInputException {
        Reopened source = reimport(check, progress, cancel);
        Project project = source.project();
        String name = source.name();
        ThemeRun base;
        try {
            base = project.usesCodebook() ? placed(name, project, source.imported(), progress, cancel)
                    : themeService.findThemes(source.imported().dataset(), project.themeRange(),
                    project.themeOptions(), source.text(), progress, cancel);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(name + ": " + e.getMessage(), e);
        }
        List<ThemeRun> runs = replay(name, project.edits(), source.editor(), base, source.changed(), progress, cancel);
        return new OpenedProject(check.projectFile(), project, source.imported(), source.text(), base, runs,
                source.changed());
    }

    /**
     * Opens a project whose source changed by giving the changed file the project's themes: they are learned again
     * on the project's theme range with its options and seed, the edits replayed (as {@link #open} does), made into
     * a codebook in memory, and every request of the file is placed in them: names and ids kept, requests that fit
     * no theme proposed as new themes. The project does not keep the requests of the file it was saved with, so the
     * codebook's "before" is the changed file's requests of the project's theme range.
     *
     * @param created when the codebook is made (it says so in its provenance)
     * @throws BadInputException as {@link #open}, or when the project's themes cannot be made a codebook
     */
    public ProjectOnChangedSource openWithProjectThemes(ProjectCheck check, java.time.Instant created,
                                                        ProgressListener progress, CancellationToken cancel)
            throws BadInputException {
        Reopened source = reimport(check, progress, cancel);
        Project project = source.project();
        String name = source.name();
        ImportResult imported = source.imported();
        TextChoices text = source.text();
        LearnedRun learned;
        try {
            learned = themeService.learnThemes(imported.dataset(), project.themeRange(), project.themeOptions(), text,
                    progress, cancel);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(name + ": " + e.getMessage(), e);
        }
        List<ThemeRun> runs = replay(name, project.edits(), source.editor(), learned.run(), source.changed(), progress,
                cancel);
        OpenedProject opened = new OpenedProject(check.projectFile(), project, imported, text, learned.run(), runs,
                source.changed());
        org.civicthemes.model.Codebook codebook;
        try {
            codebook = codebookService.make(imported.dataset(), learned, opened.themes(), text, created, cancel);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(name + ": its themes cannot be used on the changed file ("
                    + withoutFullStop(e.getMessage()) + "). Open it as it is instead.", e);
        }
        ThemeRun placed = codebookService.apply(imported.dataset(), DateRange.ALL, codebook, name, progress, cancel);
        return new ProjectOnChangedSource(opened, codebook, placed);
    }

    /** The requests placed by the project's codebook again, as when the project was saved. */
    private ThemeRun placed(String name, Project project, ImportResult imported, ProgressListener progress,
                            CancellationToken cancel) throws BadInputException {
        Path file = Path.of(project.codebook());
        org.civicthemes.model.Codebook codebook;
        try {
            codebook = codebookService.read(file);
        } catch (BadInputException e) {
            throw new BadInputException(name + " gives its requests the themes of a codebook that cannot be used: "
                    + e.getMessage(), e);
        }
        return codebookService.apply(imported.dataset(), project.themeRange(), codebook,
                file.getFileName().toString(), progress, cancel);
    }

    /** A project's source imported again with its options, and whether it changed since the project was saved. */
    private record Reopened(String name, Project project, TextChoices text, ImportResult imported, boolean changed) {

        /** Replays the project's edits on the imported requests. */
        ThemeEditor editor() {
            return new ThemeEditor(imported.dataset(), text);
        }
    }

    private Reopened reimport(ProjectCheck check, ProgressListener progress, CancellationToken cancel)
            throws BadInputException {
        if (check.status() == ProjectCheck.Status.MISSING) {
            throw new BadInputException(check.message(), null);
        }
        Project project = check.project();
        String name = check.projectFile().getFileName().toString();
        TextChoices text = textChoices(name, project);
        ImportResult imported = importService.importFile(check.source(), project.reading(), progress, cancel);
        boolean changed = !imported.dataset().source().sha256().equals(project.source().sha256());
        return new Reopened(name, project, text, imported, changed);
    }

    private static List<ThemeRun> replay(String name, List<ThemeEdit> edits, ThemeEditor editor, ThemeRun base,
                                         boolean changed, ProgressListener progress, CancellationToken cancel)
            throws BadInputException {
        List<ThemeRun> runs = new ArrayList<>(edits.size());
        ThemeRun current = base;
        for (int i = 0; i < edits.size(); i++) {
            cancel.throwIfCancelled();
            progress.update(STEP_EDITS, i, edits.size());
            ThemeEdit edit = edits.get(i);
            try {
                current = editor.apply(current, edit, ProgressListener.NONE, cancel);
            } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
                throw new BadInputException("Edit " + (i + 1) + " of " + edits.size() + " in " + name + " ("
                        + edit.describe() + ") cannot be made again: " + withoutFullStop(e.getMessage()) + "."
                        + (changed ? " The source file changed since the project was saved, which is the likely reason."
                        : ""), e);
            }
            runs.add(current);
        }
        progress.update(STEP_EDITS, edits.size(), edits.size());
        return runs;
    }

    private static String withoutFullStop(String sentence) {
        return sentence != null && sentence.endsWith(".") ? sentence.substring(0, sentence.length() - 1) : sentence;
    }

    private static TextChoices textChoices(String name, Project project) throws BadInputException {
        try {
            return new TextChoices(project.keptPersonalData(), project.extraStopwords());
        } catch (IllegalArgumentException e) {
            throw new BadInputException(name + ": " + e.getMessage(), e);
        }
    }

    private static BadInputException cannotCheck(Project project, IOException e) {
        return new BadInputException("Cannot read the source file " + project.source().fileName() + " ("
                + e.getMessage() + "). Check that it is not open in another program and that you may read it.", e);
    }
}
