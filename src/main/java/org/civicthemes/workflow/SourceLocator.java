package org.civicthemes.workflow;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.civicthemes.io.read.FileDigest;
import org.civicthemes.model.Project;
import org.civicthemes.model.ProjectSource;
import org.civicthemes.progress.CancellationToken;
import org.civicthemes.progress.ProgressListener;

/**
 * Finds a project's source file: at its absolute path, else at its path relative to the project file (a folder
 * moved with its files), preferring a candidate whose SHA-256 matches; and says what became of it.
 */
final class SourceLocator {

    static final String STEP = "Checking the source file";

    private SourceLocator() {
    }

    /** Where the source is, relative to the project file's folder, with '/' between names; empty when none. */
    static String relativePath(Path projectFolder, String absoluteSource) {
        try {
            Path relative = projectFolder.toAbsolutePath().normalize()
                    .relativize(Path.of(absoluteSource).toAbsolutePath().normalize());
            return relative.toString().replace(File.separatorChar, '/');
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    /** The project's own candidates: its absolute path, then its relative path. */
    static ProjectCheck locate(Path projectFile, Project project, ProgressListener progress, CancellationToken cancel)
            throws IOException {
        ProjectSource s = project.source();
        List<Path> candidates = new ArrayList<>();
        candidates.add(Path.of(s.absolutePath()).toAbsolutePath().normalize());
        if (!s.relativePath().isEmpty()) {
            Path relative = projectFile.toAbsolutePath().getParent()
                    .resolve(s.relativePath().replace('/', File.separatorChar)).normalize();
            if (!candidates.contains(relative)) {
                candidates.add(relative);
            }
        }
        return locate(projectFile, project, candidates, progress, cancel);
    }

    static ProjectCheck locate(Path projectFile, Project project, List<Path> candidates, ProgressListener progress,
                               CancellationToken cancel) throws IOException {
        List<Path> existing = candidates.stream().filter(Files::isRegularFile).toList();
        if (existing.isEmpty()) {
            return new ProjectCheck(projectFile, project, null, ProjectCheck.Status.MISSING,
                    missing(projectFile, project, candidates));
        }
        ProjectSource s = project.source();
        for (int i = 0; i < existing.size(); i++) {
            cancel.throwIfCancelled();
            progress.update(STEP, i, existing.size());
            if (FileDigest.sha256(existing.get(i)).equals(s.sha256())) {
                progress.update(STEP, existing.size(), existing.size());
                return new ProjectCheck(projectFile, project, existing.get(i), ProjectCheck.Status.UNCHANGED, "");
            }
        }
        progress.update(STEP, existing.size(), existing.size());
        Path found = existing.get(0);
        return new ProjectCheck(projectFile, project, found, ProjectCheck.Status.CHANGED, changed(found, s));
    }

    private static String missing(Path projectFile, Project project, List<Path> candidates) {
        String places = candidates.size() == 1 ? "at " + candidates.get(0)
                : "at " + candidates.get(0) + " nor beside the project at " + candidates.get(1);
        return "The source file of " + projectFile.getFileName() + ", " + project.source().fileName()
                + ", was not found " + places + ". Put the file back in one of these places, or choose where it is now.";
    }

    private static String changed(Path found, ProjectSource s) throws IOException {
        long now = Files.size(found);
        NumberFormat bytes = NumberFormat.getIntegerInstance(Locale.ROOT);
        String sizes = s.size() >= 0 && s.size() != now
                ? " (" + bytes.format(s.size()) + " bytes then, " + bytes.format(now) + " now)" : "";
        return found.getFileName() + " has changed since the project was saved" + sizes
                + ", so its themes and edits may come out differently. Continue with the file as it is now, "
                + "or cancel and put back the original file.";
    }
}
