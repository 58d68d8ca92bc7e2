package org.civicthemes.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.civicthemes.workflow.AppFolders;
import org.civicthemes.workflow.BuildInfo;
import org.civicthemes.workflow.Libraries;
import org.civicthemes.workflow.Library;
import org.civicthemes.workflow.UserGuide;

/**
 * The Help menu: the user guide that comes with CivicThemes (opened offline in the system's browser), the keyboard
 * shortcuts, the folder of the log file, and About (version, licence, the libraries and their licences).
 */
final class HelpMenu {

    static final String LICENCE = "GPL-3.0-or-later";

    private final Consumer<String> openDocument;
    private final java.util.function.Supplier<Window> owner;
    private volatile Path guide;

    /**
     * @param openDocument opens a URI in the system's browser or file manager (HostServices::showDocument)
     * @param owner        the window the dialogs belong to
     */
    HelpMenu(Consumer<String> openDocument, java.util.function.Supplier<Window> owner) {
        this.openDocument = openDocument;
        this.owner = owner;
    }

    Menu menu(MenuBar bar) {
        MenuItem guideItem = new MenuItem("User guide");
        guideItem.setId("userGuideItem");
        guideItem.setAccelerator(KeyCombination.keyCombination("F1"));
        guideItem.setOnAction(e -> openGuide());
        MenuItem shortcuts = new MenuItem("Keyboard shortcuts");
        shortcuts.setId("shortcutsItem");
        shortcuts.setOnAction(e -> showShortcuts(Shortcut.of(bar)));
        MenuItem log = new MenuItem("Show the log file");
        log.setId("logFolderItem");
        log.setOnAction(e -> openDocument.accept(AppFolders.ofThisUser().logs().toUri().toString()));
        MenuItem about = new MenuItem("About CivicThemes");
        about.setId("aboutItem");
        about.setOnAction(e -> showAbout());
        Menu help = new Menu("Help", null, guideItem, shortcuts, log, new SeparatorMenuItem(), about);
        help.setId("helpMenu");
        return help;
    }

    /** Writes the bundled guide to the user's cache folder once a session (off the FX thread), then opens it. */
    private void openGuide() {
        Thread writer = new Thread(() -> {
            try {
                Path page = guide != null ? guide
                        : UserGuide.writeTo(AppFolders.ofThisUser().guide(BuildInfo.version()));
                Platform.runLater(() -> {
                    guide = page;
                    openDocument.accept(page.toUri().toString());
                });
            } catch (IOException e) {
                Platform.runLater(() -> inform(Alert.AlertType.ERROR, "The user guide could not be written to "
                        + AppFolders.ofThisUser().guide(BuildInfo.version()) + " (" + e.getMessage()
                        + "). Free some disk space and try again."));
            }
        }, "civic-themes-guide");
        writer.setDaemon(true);
        writer.start();
    }

    private void showShortcuts(List<Shortcut> shortcuts) {
        TableView<Shortcut> table = new TableView<>();
        table.setId("shortcutsTable");
        table.getColumns().add(column("Keys", Shortcut::keys, 110));
        table.getColumns().add(column("Does", Shortcut::action, 230));
        table.getColumns().add(column("Menu", Shortcut::menu, 120));
        table.getItems().setAll(shortcuts);
        table.setPrefSize(480, 420);
        Alert dialog = dialog("Keyboard shortcuts", new VBox(8, new Label("Also: Tab moves between controls, "
                + "Space or Enter presses a button, Esc closes a dialog."), table));
        dialog.show();
    }

    private void showAbout() {
        TableView<Library> table = new TableView<>();
        table.setId("librariesTable");
        table.getColumns().add(column("Library", Library::name, 230));
        table.getColumns().add(column("Version", Library::version, 110));
        table.getColumns().add(column("Licence", Library::licence, 200));
        table.getItems().setAll(Libraries.ofThisBuild());
        table.setPrefSize(580, 300);
        Label version = new Label("CivicThemes " + BuildInfo.version());
        version.setId("aboutVersion");
        version.setStyle("-fx-font-size: 1.4em; -fx-font-weight: bold");
        Label text = new Label("Groups 311 service requests into themes, on this computer: no request leaves it.\n"
                + "Licence: " + LICENCE + " (free software: you may share and change it under the same licence).\n"
                + "Runs on Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor")
                + "), JavaFX " + System.getProperty("javafx.runtime.version", "") + ", "
                + System.getProperty("os.name") + " " + System.getProperty("os.arch") + ".\n"
                + "Log file: " + AppFolders.ofThisUser().logs().resolve("civic-themes.log") + "\n"
                + "Command line: " + commandLine() + "\n"
                + "It includes these libraries:");
        text.setWrapText(true);
        Alert dialog = dialog("About CivicThemes", new VBox(8, version, text, table));
        dialog.show();
    }

    /** The launcher beside the running jar (in an installed CivicThemes: its app folder), for the command line. */
    static String commandLine() {
        try {
            Path jar = Path.of(HelpMenu.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            boolean windows = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("win");
            Path launcher = jar.resolveSibling(windows ? "civic-themes.cmd" : "civic-themes");
            return Files.isRegularFile(jar) && Files.exists(launcher) ? launcher.toString()
                    : "civic-themes beside civic-themes.jar (after mvn package: target/civic-themes)";
        } catch (java.net.URISyntaxException | RuntimeException e) {
            return "civic-themes beside civic-themes.jar";
        }
    }

    private Alert dialog(String title, javafx.scene.Node content) {
        Alert dialog = new Alert(Alert.AlertType.NONE, "", ButtonType.CLOSE);
        dialog.setTitle(title);
        dialog.setHeaderText(null);
        dialog.getDialogPane().setContent(content);
        dialog.setResizable(true);
        if (owner.get() != null) {
            dialog.initOwner(owner.get());
        }
        return dialog;
    }

    private void inform(Alert.AlertType type, String message) {
        Alert alert = new Alert(type, message, ButtonType.OK);
        if (owner.get() != null) {
            alert.initOwner(owner.get());
        }
        alert.show();
    }

    private static <S> TableColumn<S, String> column(String title, java.util.function.Function<S, String> value,
                                                     double width) {
        TableColumn<S, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }
}
