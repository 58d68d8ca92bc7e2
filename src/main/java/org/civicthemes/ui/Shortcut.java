package org.civicthemes.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;

/**
 * One keyboard shortcut of the window, as Help &gt; Keyboard shortcuts lists it; read from the menus themselves, so
 * the list cannot disagree with them.
 *
 * @param menu   the menu, for example "File"
 * @param action the menu item, for example "Open…"
 * @param keys   the keys as this system writes them, for example "Ctrl+O" (⌘O on macOS)
 */
record Shortcut(String menu, String action, String keys) {

    /** Every menu item of the bar that has an accelerator, in menu order. */
    static List<Shortcut> of(MenuBar bar) {
        List<Shortcut> shortcuts = new ArrayList<>();
        for (Menu menu : bar.getMenus()) {
            collect(menu.getText(), menu, shortcuts);
        }
        return List.copyOf(shortcuts);
    }

    private static void collect(String path, Menu menu, List<Shortcut> into) {
        for (MenuItem item : menu.getItems()) {
            if (item instanceof Menu sub) {
                collect(path + " > " + sub.getText(), sub, into);
            } else if (item.getAccelerator() != null) {
                into.add(new Shortcut(path, item.getText().replace("_", ""), item.getAccelerator().getDisplayText()));
            }
        }
    }
}
