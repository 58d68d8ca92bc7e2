package org.civicthemes.ui;

import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.layout.Region;

/** The frame the workbench's dialogs share: their content, OK and Cancel, and the choices made when OK is pressed. */
final class OkCancel {

    private OkCancel() {
    }

    /** Shows {@code content} in the dialog; OK gives what {@code choices} makes of it, Cancel gives nothing. */
    static <T> void frame(Dialog<T> dialog, Region content, Supplier<T> choices) {
        content.setPadding(new Insets(10));
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResultConverter(button -> button == ButtonType.OK ? choices.get() : null);
    }
}
