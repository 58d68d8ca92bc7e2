package org.civicthemes.spark;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The exports a run reads: each argument a file, a folder (its .csv, .tsv, .txt, .xlsx and .xls files, not its
 * sub-folders) or a glob of file names in one folder ({@code exports/2025-*.csv}). The files must be readable at the
 * same path on every executor (a local disk in local mode, a shared mount on a cluster).
 */
final class ExportFiles {

    private static final List<String> EXTENSIONS = List.of(".csv", ".tsv", ".txt", ".xlsx", ".xls");

    private ExportFiles() {
    }

    /**
     * @return absolute paths in name order, each once
     * @throws IllegalArgumentException when an argument names nothing, with what to do
     */
    static List<String> expand(List<String> inputs) throws IOException {
        TreeSet<String> files = new TreeSet<>();
        for (String input : inputs) {
            List<Path> found = expandOne(input);
            if (found.isEmpty()) {
                throw new IllegalArgumentException("No export found at " + input + ": give a .csv, .tsv, .txt, "
                        + ".xlsx or .xls file, a folder that holds some, or a pattern such as exports/*.csv.");
            }
            found.forEach(p -> files.add(p.toAbsolutePath().normalize().toString()));
        }
        return new ArrayList<>(files);
    }

    private static List<Path> expandOne(String input) throws IOException {
        if (input.contains("*") || input.contains("?") || input.contains("[")) {
            Path pattern = Path.of(input);
            Path folder = pattern.getParent() == null ? Path.of(".") : pattern.getParent();
            PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + pattern.getFileName());
            return listed(folder, p -> matcher.matches(p.getFileName()));
        }
        Path path = Path.of(input);
        if (Files.isDirectory(path)) {
            return listed(path, ExportFiles::looksLikeAnExport);
        }
        return Files.isRegularFile(path) ? List.of(path) : List.of();
    }

    private static List<Path> listed(Path folder, java.util.function.Predicate<Path> wanted) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).filter(wanted).sorted().toList();
        }
    }

    private static boolean looksLikeAnExport(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return EXTENSIONS.stream().anyMatch(name::endsWith);
    }
}
