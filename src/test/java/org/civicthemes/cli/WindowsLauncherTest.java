package org.civicthemes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The Windows launcher (src/main/dist/civic-themes.cmd) keeps the shell launcher's rules: the same JVM settings
 * for commands, the same files that open the workbench, the same size limits for the quick compiler. No Windows
 * here to run it: this reads both scripts and compares them.
 */
class WindowsLauncherTest {

    private static final Path SHELL = Path.of("src/main/dist/civic-themes");
    private static final Path CMD = Path.of("src/main/dist/civic-themes.cmd");
    private static final Pattern OPTIONS = Pattern.compile("(-XX:\\+UseParallelGC -Xms16m[^$%\\n]*?) ?[$%]compiler");

    @Test
    void commandsGetTheSameJvmSettingsOnWindows() throws Exception {
        String shell = Files.readString(SHELL);
        String cmd = Files.readString(CMD);

        assertThat(options(cmd)).isEqualTo(options(shell)).contains("-XX:MaxHeapFreeRatio=40");
        assertThat(cmd).contains("-XX:TieredStopAtLevel=1").contains("%CIVIC_THEMES_JAVA_OPTS% -jar \"%here%civic-themes.jar\" %*");
    }

    @Test
    void theSameFilesOpenTheWorkbenchAndTheSameLimitsChooseTheCompiler() throws Exception {
        String shell = Files.readString(SHELL);
        String cmd = Files.readString(CMD);

        for (String extension : new String[] {"xlsx", "xls", "csv", "tsv", "txt", "civicthemes"}) {
            assertThat(cmd).containsPattern("[( ]\\." + extension + "[ )]");
        }
        assertThat(shell).contains("limit=70000000").contains("limit=12000000");
        assertThat(cmd).contains("limit=70000000").contains("limit=12000000");
        assertThat(cmd).contains("--only-import").contains("--meaning=off").contains("\"analyze\"");
        assertThat(cmd).contains("..\\runtime\\bin\\java.exe");
    }

    private static String options(String script) {
        Matcher m = OPTIONS.matcher(script.replace("\\\n  ", ""));
        assertThat(m.find()).as("the command line of a command").isTrue();
        return m.group(1).trim();
    }
}
