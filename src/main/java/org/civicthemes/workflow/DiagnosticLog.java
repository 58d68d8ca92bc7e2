package org.civicthemes.workflow;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * The workbench's log file, for the analyst to attach when something goes wrong: {@code civic-themes.log} in the
 * folder of {@link AppFolders#logs()}, the session before kept as {@code civic-themes.1.log}. It holds what the
 * program did (version, system, rows and themes counted, how long each step took) and the type and code lines of
 * every failure, never a request's text: nothing CivicThemes logs carries text, and failures are written without
 * their messages (a message can quote a cell). The window has no console, so the process's standard error (where
 * SLF4J's simple logger and JavaFX write) goes to the same file.
 */
public final class DiagnosticLog {

    public static final String FILE_NAME = "civic-themes.log";
    static final String PREVIOUS_NAME = "civic-themes.1.log";

    private DiagnosticLog() {
    }

    /**
     * Starts the log in {@code folder}: keeps the last session's file as the previous one, sends standard error to
     * a new file, lets CivicThemes' own information lines through and writes uncaught failures without their
     * messages. Call before anything logs (SLF4J reads its settings once).
     *
     * @return the log file
     */
    public static Path start(Path folder) throws IOException {
        Files.createDirectories(folder);
        Path file = folder.resolve(FILE_NAME);
        if (Files.exists(file)) {
            Files.move(file, folder.resolve(PREVIOUS_NAME), StandardCopyOption.REPLACE_EXISTING);
        }
        PrintStream out = new PrintStream(new FileOutputStream(file.toFile(), true), true, StandardCharsets.UTF_8);
        System.setErr(out);
        System.setProperty("org.slf4j.simpleLogger.log.org.civicthemes", "info");
        System.setProperty("org.slf4j.simpleLogger.showDateTime", "true");
        System.setProperty("org.slf4j.simpleLogger.dateTimeFormat", "yyyy-MM-dd HH:mm:ss.SSS");
        Thread.setDefaultUncaughtExceptionHandler((thread, failure) ->
                System.err.println("Uncaught failure in thread " + thread.getName() + ": " + describe(failure)));
        return file;
    }

    /**
     * A failure as the log shows it: each exception's type and code lines, its causes after "caused by", and no
     * message (a message can hold a cell's value, the name in a request or a resident's words).
     */
    public static String describe(Throwable failure) {
        StringBuilder b = new StringBuilder();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Throwable t = failure;
        while (t != null && seen.add(t)) {
            if (t != failure) {
                b.append(System.lineSeparator()).append("  caused by ");
            }
            b.append(t.getClass().getName());
            for (StackTraceElement frame : t.getStackTrace()) {
                b.append(System.lineSeparator()).append("    at ").append(frame);
            }
            t = t.getCause();
        }
        return b.toString();
    }
}
