package org.civicthemes;

/**
 * Starts the workbench when called with no arguments or with one export or project file to open
 * ({@code civic-themes FILE}), the command line otherwise. The two branches live in different classes so that
 * the command line never loads JavaFX.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length == 0 || org.civicthemes.cli.WorkbenchFile.of(args).isPresent()) {
            org.civicthemes.ui.WorkbenchApp.launchWorkbench(args);
        } else {
            System.exit(org.civicthemes.cli.CivicThemesCli.run(args));
        }
    }
}
