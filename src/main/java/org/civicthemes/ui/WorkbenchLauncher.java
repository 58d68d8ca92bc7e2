package org.civicthemes.ui;

/** Workbench entry point (skeleton). */
public final class WorkbenchLauncher {
    private WorkbenchLauncher() {
    }

    public static void launch(String[] args) {
        System.out.println("workbench coming in this change");
    }
}
