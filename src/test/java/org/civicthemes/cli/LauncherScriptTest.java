package org.civicthemes.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
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
 * A stand-in {@code java} in a fake JAVA_HOME prints the arguments it was given.
 */
class LauncherScriptTest {

    private static final Path SCRIPT = Path.of("src/main/dist/civic-themes");

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
    void extraOptionsComeAfterTheDefaultsSoTheyWin() throws Exception {
        List<String> args = launch(List.of("inspect", "x.xlsx"), "-Xmx2g -Dfoo=bar");
        assertThat(args).containsSubsequence("-XX:+UseParallelGC", "-Xmx2g", "-Dfoo=bar", "-jar");
    }

    private List<String> launch(List<String> arguments, String extraOptions) throws IOException, InterruptedException {
        assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "needs a POSIX shell");
        Path bin = Files.createDirectories(home.resolve("bin"));
        Path java = bin.resolve("java");
        Files.writeString(java, "#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\"; done\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        List<String> command = new ArrayList<>(List.of("/bin/sh", SCRIPT.toString()));
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
