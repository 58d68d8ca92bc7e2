package org.civicthemes.cli;

/** Command-line entry point (skeleton). */
public final class CommandLine {
    private CommandLine() {
    }

    public static int run(String[] args) {
        System.out.println("civic-themes: command line coming in this change");
        return 0;
    }
}
