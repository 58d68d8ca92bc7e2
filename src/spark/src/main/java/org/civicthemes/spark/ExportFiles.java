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
 * The exports a run reads: each argument a file, a folder (its .csv, .tsv, .txt, .xlsx, .xls and .parquet files, not
 * its sub-folders) or a glob of names in one folder ({@code exports/2025-*.csv}). A folder of Parquet part files as
 * Spark writes them ({@code part-*.parquet}) is one export, named directly or matched by a glob. The files must be
 * readable at the same path on every executor (a local disk in local mode, a shared mount on a cluster); Parquet
 * exports are read by Spark, but found here on the driver's file system like the others.
 */
final class ExportFiles {

    private static final String PARQUET = ".parquet";
    private static final List<String> EXTENSIONS = List.of(".csv", ".tsv", ".txt", ".xlsx", ".xls", PARQUET);

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
                        + ".xlsx, .xls or .parquet file, a folder that holds some (or Spark's Parquet part files), or "
                        + "a pattern such as exports/*.csv.");
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
            return holdsParquetParts(path) ? List.of(path) : listed(path, ExportFiles::looksLikeAnExport);
        }
        return Files.isRegularFile(path) ? List.of(path) : List.of();
    }

    /** Whether an export (as {@link #expand} gives it) is read by Spark as Parquet: a .parquet file or a folder. */
    static boolean isParquet(String export) {
        return export.toLowerCase(Locale.ROOT).endsWith(PARQUET) || Files.isDirectory(Path.of(export));
    }

    /** A folder Spark wrote a table into: it holds part-*.parquet files. */
    private static boolean holdsParquetParts(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).map(p -> p.getFileName().toString().toLowerCase(Locale.ROOT))
                    .anyMatch(n -> n.startsWith("part-") && n.endsWith(PARQUET));
        }
    }

    private static List<Path> listed(Path folder, java.util.function.Predicate<Path> wanted) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> found = new ArrayList<>();
            for (Path p : files.sorted().toList()) {
                if (wanted.test(p) && (Files.isRegularFile(p) || Files.isDirectory(p) && holdsParquetParts(p))) {
                    found.add(p);
                }
            }
            return found;
        }
    }

    private static boolean looksLikeAnExport(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return EXTENSIONS.stream().anyMatch(name::endsWith);
    }
}
