package org.civicthemes.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher script (src/main/dist/civic-themes) starts commands with the throughput (parallel) collector and a heap that grows
 * only as needed, the workbench without them, and passes the analyst's arguments and extra options through unchanged.
 * Small input files are compiled with C1 only. A stand-in {@code java} in a fake JAVA_HOME prints the arguments it was given.
 */
class LauncherScriptTest {

    private static final Path SCRIPT = Path.of("src/main/dist/civic-themes");
    private static final String C1_ONLY = "-XX:TieredStopAtLevel=1";

    @TempDir
    Path home;

    @Test
    void commandsRunWithTheBatchSettingsAndTheArgumentsAsGiven() throws Exception {
        List<String> args = launch(List.of("analyze", "my export.csv", "--k", "20"), "");
        assertThat(args).containsSubsequence("-XX:+UseParallelGC", "-XX:MaxHeapFreeRatio=40", "-jar");
        assertThat(args.get(args.indexOf("-jar") + 1)).endsWith("/civic-themes.jar");
        assertThat(args.subList(args.indexOf("-jar") + 2, args.size()))
                .containsExactly("analyze", "my export.csv", "--k", "20");
    }

    @Test
    void theWorkbenchKeepsTheDefaultCollector() throws Exception {
        List<String> args = launch(List.of(), "");
        assertThat(args).doesNotContain("-XX:+UseParallelGC");
        assertThat(args).hasSize(2).first().isEqualTo("-jar");
    }

    @Test
    void oneFileOnItsOwnOpensTheWorkbenchWithItsSettings() throws Exception {
        Path csv = fileOfSize("small export.csv", 1000);
        for (String file : List.of(csv.toString(), "riverton.XLSX", "my work.civicthemes")) {
            List<String> args = launch(List.of(file), "");
            assertThat(args).as(file).doesNotContain("-XX:+UseParallelGC", C1_ONLY);
            assertThat(args).as(file).hasSize(3).startsWith("-jar").endsWith(file);
        }
        assertThat(launch(List.of("notes.pdf"), "")).as("not a file the workbench opens").contains("-XX:+UseParallelGC");
    }

    @Test
    void aSparkRunsResultsFolderOpensTheWorkbench() throws Exception {
        Path results = Files.createDirectories(home.resolve("spark out"));
        assertThat(launch(List.of(results.toString()), "")).as("a folder without themes.json")
                .contains("-XX:+UseParallelGC");
        Files.writeString(results.resolve("themes.json"), "{}");
        List<String> args = launch(List.of(results.toString()), "");
        assertThat(args).doesNotContain("-XX:+UseParallelGC", C1_ONLY);
        assertThat(args).hasSize(3).startsWith("-jar").endsWith(results.toString());
    }

    @Test
    void extraOptionsComeAfterTheDefaultsSoTheyWin() throws Exception {
        List<String> args = launch(List.of("inspect", "x.xlsx"), "-Xmx2g -Dfoo=bar");
        assertThat(args).containsSubsequence("-XX:+UseParallelGC", "-Xmx2g", "-Dfoo=bar", "-jar");
    }

    @Test
    void aSmallExportCompilesWithC1OnlyWhenNoMeaningIsRead() throws Exception {
        Path csv = fileOfSize("small export.csv", 4_000_000);
        Path xlsx = fileOfSize("small.xlsx", 3_000_000);
        assertThat(launch(List.of("analyze", csv.toString(), "--out", home.toString(), "--meaning", "off"), ""))
                .contains(C1_ONLY);
        assertThat(launch(List.of("analyze", xlsx.toString(), "--meaning=off"), "")).contains(C1_ONLY);
        assertThat(launch(List.of("analyze", xlsx.toString(), "--only-import"), "")).contains(C1_ONLY);
        assertThat(launch(List.of("inspect", xlsx.toString()), "")).contains(C1_ONLY);
    }

    @Test
    void readingMeaningKeepsTheOptimizingCompilerWhateverTheSize() throws Exception {
        Path csv = fileOfSize("small export.csv", 4_000_000);
        assertThat(launch(List.of("analyze", csv.toString(), "--out", home.toString()), "")).doesNotContain(C1_ONLY);
        assertThat(launch(List.of("analyze", csv.toString(), "--meaning", "on"), "")).doesNotContain(C1_ONLY);
    }

    @Test
    void aLargeExportKeepsTheOptimizingCompiler() throws Exception {
        Path csv = fileOfSize("large.CSV", 90_000_000);
        Path xlsx = fileOfSize("medium.xlsx", 20_000_000);
        Path words = fileOfSize("stopwords.txt", 100);
        assertThat(launch(List.of("analyze", csv.toString()), "")).doesNotContain(C1_ONLY);
        assertThat(launch(List.of("analyze", xlsx.toString()), "")).doesNotContain(C1_ONLY);
        assertThat(launch(List.of("analyze", csv.toString(), "--stopwords", words.toString()), ""))
                .doesNotContain(C1_ONLY);
    }

    @Test
    void withoutAnInputFileTheOptimizingCompilerStays() throws Exception {
        assertThat(launch(List.of("generate-sample", home.resolve("new.csv").toString()), "")).doesNotContain(C1_ONLY);
        assertThat(launch(List.of("--help"), "")).doesNotContain(C1_ONLY);
    }

    @Test
    void extraOptionsCanTurnTheOptimizingCompilerBackOn() throws Exception {
        Path csv = fileOfSize("small.csv", 1000);
        List<String> args = launch(List.of("analyze", csv.toString(), "--meaning", "off"), "-XX:TieredStopAtLevel=4");
        assertThat(args).containsSubsequence(C1_ONLY, "-XX:TieredStopAtLevel=4", "-jar");
    }

    /** A sparse file: its length is set, no data is written. */
    private Path fileOfSize(String name, long bytes) throws IOException {
        Path file = home.resolve(name);
        try (RandomAccessFile out = new RandomAccessFile(file.toFile(), "rw")) {
            out.setLength(bytes);
        }
        return file;
    }

    @Test
    void aLinkToTheLauncherFindsTheJarBesideTheLauncherItself() throws Exception {
        Path link = Files.createSymbolicLink(Files.createDirectories(home.resolve("usr-bin")).resolve("civic-themes"),
                SCRIPT.toAbsolutePath());
        List<String> args = launch(link, List.of("--version"), "");
        assertThat(Path.of(args.get(args.indexOf("-jar") + 1)).normalize())
                .isEqualTo(SCRIPT.toAbsolutePath().normalize().resolveSibling("civic-themes.jar"));
    }

    @Test
    void anInstalledCivicThemesRunsOnItsOwnJavaRuntime() throws Exception {
        Path app = Files.createDirectories(home.resolve("installed").resolve("app"));
        Path script = Files.copy(SCRIPT, app.resolve("civic-themes"));
        Path runtimeJava = Files.createDirectories(home.resolve("installed").resolve("runtime").resolve("bin"))
                .resolve("java");
        Files.writeString(runtimeJava, "#!/bin/sh\necho installed-runtime\n");
        Files.setPosixFilePermissions(runtimeJava, PosixFilePermissions.fromString("rwxr-xr-x"));

        assertThat(launch(script, List.of("--version"), "")).containsExactly("installed-runtime");
    }

    private List<String> launch(List<String> arguments, String extraOptions) throws IOException, InterruptedException {
        return launch(SCRIPT, arguments, extraOptions);
    }

    private List<String> launch(Path script, List<String> arguments, String extraOptions)
            throws IOException, InterruptedException {
        assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "needs a POSIX shell");
        Path bin = Files.createDirectories(home.resolve("bin"));
        Path java = bin.resolve("java");
        Files.writeString(java, "#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\"; done\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        List<String> command = new ArrayList<>(List.of("/bin/sh", script.toString()));
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("JAVA_HOME", home.toString());
        builder.environment().put("CIVIC_THEMES_JAVA_OPTS", extraOptions);
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(out).isZero();
        return out.lines().toList();
    }
}
